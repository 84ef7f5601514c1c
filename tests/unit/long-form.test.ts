import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../server/content/problems'
import { sitemap } from '../../server/content/publishing'
import { createRepository } from '../../server/content/repository'
import { validateContent } from '../../server/content/validate'
import { contentFiles, rawBlocks, rawImage, rawPage } from '../support/content'

const lines = (over: Record<string, unknown>) => validateContent(contentFiles(over)).problems.map(formatProblem)

const rawArticle = (over: Record<string, unknown> = {}) => rawPage({
  title: 'An article',
  template: 'article',
  date: '2026-03-01',
  category: 'Interpretability',
  tags: ['circuits'],
  image: rawImage(),
  blocks: [{ type: 'content-heading', heading: 'Method' }, { type: 'rich-text', text: 'We did it.[^how]' }],
  footnotes: [{ id: 'how', text: 'Carefully.' }],
  ...over,
})

describe('content:check on long-form pages', () => {
  it('accepts a complete article', () => {
    expect(lines({ 'research/two.json': rawArticle() })).toEqual([])
  })

  it('names the field of a reference to a missing note, with a hint', () => {
    expect(lines({ 'research/two.json': rawArticle({ blocks: [{ type: 'rich-text', text: 'See[^hwo].' }] }) })).toContain(
      'content/research/two.json: blocks[0].text: [^hwo] refers to no footnote; did you mean [^how]?. Add { "id": "hwo", "text": "..." } to "footnotes"',
    )
  })

  it('refuses invalid TeX in a math block and in inline math, with the path', () => {
    const found = lines({ 'research/two.json': rawArticle({ blocks: [{ type: 'math', tex: '\\frac{a' }, { type: 'rich-text', text: 'So $x^{$ holds.[^how]' }] }) })
    expect(found.find(l => l.startsWith('content/research/two.json: blocks[0].tex: invalid TeX:'))).toBeDefined()
    expect(found.find(l => l.startsWith('content/research/two.json: blocks[1].text: invalid TeX in $x^{$:'))).toBeDefined()
  })

  it('refuses TeX commands that could carry links or HTML', () => {
    const found = lines({ 'research/two.json': rawArticle({ blocks: [{ type: 'math', tex: '\\href{javascript:alert(1)}{x}' }, { type: 'rich-text', text: 'x[^how]' }] }) })
    expect(found).toContain('content/research/two.json: blocks[0].tex: invalid TeX: uses a command that is not allowed here (\\href, \\url, \\includegraphics, \\html...)')
  })

  it('checks links inside rich text, table cells, notes and acknowledgments', () => {
    const found = lines({
      'research/two.json': rawArticle({
        blocks: [
          { type: 'rich-text', text: 'See [nothing](/nowhere).[^how]' },
          { type: 'table', caption: 'T', columns: ['A'], rows: [['[gone](/gone)']] },
        ],
        footnotes: [{ id: 'how', text: 'In [the draft](/research/nope).' }],
      }),
    })
    expect(found).toEqual(expect.arrayContaining([
      'content/research/two.json: blocks[0].text: links to /nowhere, but no page has that path',
      'content/research/two.json: blocks[1].rows[0][0]: links to /gone, but no page has that path',
      expect.stringMatching(/^content\/research\/two\.json: footnotes\[0\]\.text: links to \/research\/nope, but no page has that path/),
    ]))
    expect(lines({ 'research/two.json': rawArticle({ acknowledgments: 'Thanks to [x](javascript:alert(1)).' }) })).toEqual([
      'content/research/two.json: acknowledgments: link "javascript:alert(1)" is not allowed: use a site path from the root (/research), an #anchor, or an https://, mailto: or tel: URL',
    ])
  })

  it('requires what each template shows', () => {
    expect(lines({ 'research/two.json': rawArticle({ category: undefined, date: undefined }) })).toEqual(expect.arrayContaining([
      'content/research/two.json: date: is required on a page with "template": "article"',
      'content/research/two.json: category: is required on a page with "template": "article"',
    ]))
    expect(lines({ 'legal.json': rawPage({ template: 'policy' }) })).toContain(
      'content/legal.json: updated: is required on a policy ("Updated <date>" is shown under the title); or set "date"',
    )
  })

  it('catches tables with ragged rows, skipped heading levels, repeated tags and notes, and uncited notes', () => {
    const found = lines({
      'research/two.json': rawArticle({
        tags: ['Circuits', 'circuits'],
        blocks: [{ type: 'content-heading', heading: 'Detail', level: 3 }],
        footnotes: [{ id: 'how', text: 'x' }, { id: 'how', text: 'y' }],
      }),
    })
    expect(lines({ 'research/two.json': rawArticle({ blocks: [{ type: 'table', caption: 'T', columns: ['A', 'B'], rows: [['1']] }, { type: 'rich-text', text: 'x[^how]' }] }) })).toEqual([
      'content/research/two.json: blocks[0].rows[0]: has 1 cell but the table has 2 columns',
    ])
    expect(found).toEqual(expect.arrayContaining([
      'content/research/two.json: blocks[0].level: a level-3 heading needs a level-2 heading above it (headings must not skip a level)',
      'content/research/two.json: tags[1]: "circuits" repeats tags[0] ("Circuits")',
      'content/research/two.json: footnotes[1].id: "how" is already the id of footnotes[0]',
      'content/research/two.json: footnotes[0]: warning: "how" is never cited; write [^how] where it applies, or remove it',
    ]))
  })

  it('keeps index pages on their collection, one per page, and reserves the names their URLs use', () => {
    const index = rawPage({ title: 'Research', blocks: [rawBlocks['listing-index']] })
    expect(lines({ 'research/index.json': index, 'research/page.json': rawArticle() })).toContain(
      'content/research/page.json: "page" is a reserved name in research/: the index uses /research/page/... for its filters and pages. Rename the file.',
    )
    expect(lines({ 'about.json': rawPage({ blocks: [rawBlocks['listing-index']] }) })).toContain(
      'content/about.json: blocks[0].collection: an index of "research" belongs on its index page, content/research/index.json (its filter and page URLs start with /research)',
    )
  })

  it('accepts links to index states that will be exported, and names the ones that will not', () => {
    const index = rawPage({ title: 'Research', blocks: [rawBlocks['listing-index']] })
    const linking = (href: string) => rawPage({ blocks: [{ ...rawBlocks['heading-with-text'], link: { label: 'x', href } }] })
    expect(lines({ 'research/index.json': index, 'research/two.json': rawArticle(), 'about.json': linking('/research/tag/circuits/oldest') })).toEqual([])
    expect(lines({ 'research/index.json': index, 'research/two.json': rawArticle(), 'about.json': linking('/research/tag/nothing') })).toEqual([
      'content/about.json: blocks[0].link.href: links to /research/tag/nothing, but no page has that path',
    ])
    expect(lines({ 'research/index.json': index, 'research/two.json': rawArticle(), 'about.json': linking('/research/page/2') })).toHaveLength(1)
  })

  it('checks hand-picked related pages', () => {
    expect(lines({ 'research/two.json': rawArticle({ related: ['/research/two', '/research/zero', '/about'] }), 'about.json': rawPage() })).toEqual(expect.arrayContaining([
      'content/research/two.json: related[0]: a page cannot be related to itself',
      'content/research/two.json: related[1]: no page at /research/zero; did you mean /research/two?',
      'content/research/two.json: related[2]: /about cannot be shown as a card: related pages must be collection entries with a date',
    ]))
  })

  it('names an unknown embed with a hint and the registered ones, and checks an embed\'s props under its path', () => {
    const embed = (over: Record<string, unknown>) => rawArticle({ blocks: [{ type: 'embed', fallback: 'A chart.', ...over }, { type: 'rich-text', text: 'x[^how]' }] })
    expect(lines({ 'research/two.json': embed({ component: 'line-chrat', props: {} }) })).toEqual([
      'content/research/two.json: blocks[0].component: must be one of "sample-viewer", "line-chart", "token-heatmap"; did you mean "line-chart"?',
    ])
    // The same hint for any misspelt choice.
    expect(lines({ 'research/two.json': rawArticle({ theme: 'balck' }) })).toEqual([expect.stringMatching(/^content\/research\/two\.json: theme: must be one of .*; did you mean "black"\?$/)])
    expect(lines({ 'research/two.json': embed({ component: 'token-heatmap', props: { tokens: ['a', 'b'], maps: [{ label: 'm', scores: [1] }], colour: 'red' } }) })).toEqual([
      'content/research/two.json: blocks[0].props.colour: unknown field "colour"',
      'content/research/two.json: blocks[0].props.maps[0].scores: has 1 scores for 2 tokens: give one per token',
    ])
    // The fallback is rich text like any other: its links are checked.
    expect(lines({ 'research/two.json': embed({ component: 'sample-viewer', fallback: 'See [the data](/nowhere).', props: { tabs: [{ label: 'a', output: 'x' }, { label: 'b', output: 'y' }] } }) })).toEqual([
      'content/research/two.json: blocks[0].fallback: links to /nowhere, but no page has that path',
    ])
  })

  it('checks authors: each once, groups for all or none, one own page per author', () => {
    const grouped = [{ name: 'Ines Calder', group: 'Original post' }, { name: 'Kenji Arai' }, { name: 'ines calder', group: 'Interim update' }]
    expect(lines({ 'research/two.json': rawArticle({ authors: grouped }) })).toEqual([
      'content/research/two.json: authors[1].group: is required: other authors of this page have a group; give every author one, or none',
      'content/research/two.json: authors[2].name: "ines calder" repeats authors[0]; list each author once (in one group)',
    ])
    expect(lines({
      'research/two.json': rawArticle({ authors: [{ name: 'Ines Calder', url: 'https://calder.example' }] }),
      'research/three.json': rawArticle({ title: 'Three', authors: [{ name: 'Ines Calder', url: 'https://other.example' }] }),
      'research/four.json': rawArticle({ title: 'Four', authors: [{ name: 'Ines Calder' }] }),
    })).toEqual([
      'content/research/two.json: authors[0].url: Ines Calder\'s page is given as https://other.example in content/research/three.json; give the same url, or leave it out',
    ])
  })
})

describe('long-form pages as the server renders them', () => {
  const entries = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`research/e${i}.json`, rawArticle({
    title: `Entry ${String(i).padStart(2, '0')}`,
    date: `2026-01-${String(i + 1).padStart(2, '0')}`,
    category: i % 2 ? 'Training' : 'Safety',
    tags: i % 3 ? ['memory'] : ['circuits', 'memory'],
    authors: i === 0
      ? [{ name: 'Ines Calder', url: 'https://calder.example', group: 'Original post' }, { name: 'Kenji Arai', group: 'Interim update' }]
      : [{ name: i % 2 ? 'Ines Calder' : 'Kenji Arai' }],
  })]))
  const repo = createRepository(validateContent(contentFiles({
    'research/index.json': rawPage({ title: 'Research', transition: 'shutter', blocks: [rawBlocks['listing-index']] }),
    'research/one.json': undefined,
    'index.json': rawPage({ title: 'Home', blocks: [rawBlocks.hero] }),
    ...entries,
  })))

  it('knows how each page appears before its data arrives: an index\'s states as the index', () => {
    const transitions = repo.transitions()
    expect(transitions['/research']).toBe('shutter')
    expect(transitions['/research/tag/circuits']).toBe('shutter')
    expect(transitions['/research/oldest/page/2']).toBe('shutter')
    // The default is left out: the browser assumes it.
    expect(transitions['/']).toBeUndefined()
    expect(transitions['/research/e5']).toBeUndefined()
    // Worked out once: the server reads it with the site data on every render.
    expect(repo.transitions()).toBe(transitions)
    expect(Object.isFrozen(transitions)).toBe(true)
  })

  it('builds the table of contents, numbered notes, reading time and taxonomy links', () => {
    const page = repo.page('/research/e5')!
    expect(page.template).toBe('article')
    expect(page.toc).toEqual([{ id: 'method', text: 'Method', level: 2 }])
    expect(page.footnotes).toEqual([expect.objectContaining({ id: 'fn-how', label: '1', refIds: ['fnref-how'] })])
    expect(page.readingMinutes).toBe(1)
    expect(page.category).toEqual({ label: 'Training', href: '/research/category/training' })
    expect(page.tags).toEqual([{ label: 'memory', href: '/research/tag/memory' }])
    expect(page.collectionIndex).toEqual({ path: '/research', title: 'Research' })
  })

  it('leaves headings that opt out from the table of contents, and keeps related pages chosen by hand in their order', () => {
    const repo = createRepository(validateContent(contentFiles({
      'research/two.json': rawArticle({
        blocks: [{ type: 'content-heading', heading: 'Method' }, { type: 'content-heading', heading: 'Aside', toc: false }, { type: 'rich-text', text: 'x[^how]' }],
        related: ['/research/three', '/research/one'],
      }),
      'research/three.json': rawArticle({ title: 'Three' }),
    })))
    const page = repo.page('/research/two')!
    expect(page.toc.map(e => e.text)).toEqual(['Method'])
    expect(page.related.map(e => e.path)).toEqual(['/research/three', '/research/one'])
  })

  it('picks related entries by shared tags, then category, then date', () => {
    // e0 has circuits+memory and Safety: e6 and e12 share both tags and the category, e9 and e3 both tags.
    expect(repo.page('/research/e0')!.related.map(e => e.path)).toEqual(['/research/e12', '/research/e6', '/research/e9'])
  })

  it('renders each index state with its slice of cards and its own title; other states are 404', () => {
    const first = repo.page('/research')!
    const block = first.blocks.find(b => b.type === 'listing-index')!
    expect(block.type === 'listing-index' && block.index.items.map(e => e.title).slice(0, 2)).toEqual(['Entry 13', 'Entry 12'])
    expect(first.searchable).toBe(true)

    const second = repo.page('/research/oldest/page/2')!
    const view = second.blocks.find(b => b.type === 'listing-index')!
    expect(view.type === 'listing-index' && view.index.items.map(e => e.title)).toEqual(['Entry 12', 'Entry 13'])
    expect(second).toMatchObject({ title: 'Research, oldest first, page 2', path: '/research/oldest/page/2', searchable: false })
    expect(repo.page('/research/tag/circuits')!.title).toBe('Research: tagged “circuits”')

    for (const missing of ['/research/page/3', '/research/page/1', '/research/tag/none', '/research/category/safety/page/2', '/research/sorted']) {
      expect(repo.page(missing), missing).toBeUndefined()
    }
    expect(repo.indexStatePaths()).toEqual(expect.arrayContaining(['/research/page/2', '/research/oldest/page/2', '/research/tag/circuits', '/research/category/training/oldest']))
    expect(repo.indexStatePaths()).not.toContain('/research')
  })

  it('combines a category with a tag, each pair with entries a state of its own, its filter bar counted within it', () => {
    // Circuits: e0, e3, e6, e9, e12; of those e3 and e9 are Training.
    const both = repo.page('/research/category/training/tag/circuits')!
    expect(both).toMatchObject({ title: 'Research: Training, tagged “circuits”', searchable: false, indexable: false })
    const view = both.blocks.find(b => b.type === 'listing-index')!
    if (view.type !== 'listing-index') throw new Error('no index')
    expect(view.index.items.map(e => e.title)).toEqual(['Entry 09', 'Entry 03'])
    expect(view.index.categories.map(f => [f.slug, f.count])).toEqual([['safety', 3], ['training', 2]])
    expect(view.index.tags.map(f => [f.slug, f.count])).toEqual([['circuits', 2], ['memory', 7]])
    expect(repo.indexStatePaths()).toEqual(expect.arrayContaining(['/research/category/training/tag/circuits', '/research/category/safety/tag/memory/oldest']))
    for (const missing of ['/research/category/training/tag/none', '/research/tag/circuits/category/training', '/research/category/training/tag/circuits/page/2']) {
      expect(repo.page(missing), missing).toBeUndefined()
    }
  })

  it('gives each author a page of their work, linked from their name, with their own page where content gives one', () => {
    const author = repo.page('/research/author/ines-calder')!
    expect(author).toMatchObject({ title: 'Research: by Ines Calder', indexable: true, searchable: false })
    const view = author.blocks.find(b => b.type === 'listing-index')!
    if (view.type !== 'listing-index') throw new Error('no index')
    expect(view.index.author).toEqual({ kind: 'author', label: 'Ines Calder', slug: 'ines-calder', count: 8, url: 'https://calder.example' })
    expect(view.index.total).toBe(8)
    // e1 names Ines without her url: the one given on e0 is hers.
    expect(repo.page('/research/e1')!.authors).toEqual([{ name: 'Ines Calder', url: 'https://calder.example', href: '/research/author/ines-calder' }])
    expect(repo.page('/research/e0')!.authors).toEqual([
      { name: 'Ines Calder', url: 'https://calder.example', href: '/research/author/ines-calder', group: 'Original post' },
      { name: 'Kenji Arai', href: '/research/author/kenji-arai', group: 'Interim update' },
    ])
    // Search engines get the same: the author's own page, else their page of the index.
    const article = repo.page('/research/e0')!.structuredData.find(t => t['@type'] === 'Article')!
    expect(article.author).toEqual([
      { '@type': 'Person', 'name': 'Ines Calder', 'url': 'https://calder.example' },
      { '@type': 'Person', 'name': 'Kenji Arai', 'url': expect.stringMatching(/^https:\/\/[^/]+\/research\/author\/kenji-arai$/) },
    ])
    expect(repo.page('/research/author/ines-calder/tag/memory')).toBeUndefined()
    // A draft never lends a published author page its author's url.
    const withDraft = createRepository(validateContent(contentFiles({
      'research/index.json': rawPage({ title: 'Research', blocks: [rawBlocks['listing-index']] }),
      'research/one.json': rawArticle({ authors: [{ name: 'Kenji Arai' }] }),
      'research/two.json': rawArticle({ title: 'Two', draft: true, authors: [{ name: 'Kenji Arai', url: 'https://kenji.example' }] }),
    })))
    const kenji = withDraft.page('/research/author/kenji-arai')!.blocks.find(b => b.type === 'listing-index')
    expect(kenji?.type === 'listing-index' && kenji.index.author).toEqual({ kind: 'author', label: 'Kenji Arai', slug: 'kenji-arai', count: 1 })
    expect(withDraft.page('/research/two', { includeDrafts: true })!.authors).toEqual([{ name: 'Kenji Arai', url: 'https://kenji.example', href: '/research/author/kenji-arai' }])
    const locs = [...sitemap(repo).matchAll(/<loc>https:\/\/[^/]+([^<]*)<\/loc>/g)].map(m => m[1])
    expect(locs).toEqual(expect.arrayContaining(['/research/author/ines-calder', '/research/author/kenji-arai']))
    expect(locs).not.toContain('/research/category/training/tag/circuits')
  })

  it('honours a page\'s own options: no table of contents, reading time by hand, a post without a cover', () => {
    const options = createRepository(validateContent(contentFiles({
      'research/index.json': rawPage({ title: 'Research', blocks: [rawBlocks['listing-index']] }),
      'research/one.json': rawArticle({ toc: false, readingMinutes: 14 }),
      'research/note.json': rawPage({ title: 'A short note', template: 'post', date: '2026-03-02', category: 'Notes', blocks: [rawBlocks['rich-text']] }),
    })))
    expect(options.page('/research/one')).toMatchObject({ toc: [], readingMinutes: 14 })
    const card = options.entries('research').find(e => e.path === '/research/note')!
    expect(card.image).toBeUndefined()
  })

  it('indexes tag and category states, and leaves other orders and later pages to crawlers only', () => {
    expect(repo.page('/research/tag/circuits')!.indexable).toBe(true)
    expect(repo.page('/research/category/training')!.indexable).toBe(true)
    for (const path of ['/research/oldest', '/research/page/2', '/research/tag/memory/page/2', '/research/category/training/oldest']) {
      expect(repo.page(path)!.indexable, path).toBe(false)
    }
    const locs = [...sitemap(repo).matchAll(/<loc>https:\/\/[^/]+([^<]*)<\/loc>/g)].map(m => m[1])
    expect(locs).toEqual(expect.arrayContaining(['/research', '/research/tag/circuits', '/research/category/training']))
    expect(locs.filter(p => /oldest|\/page\//.test(p!))).toEqual([])
  })
})
