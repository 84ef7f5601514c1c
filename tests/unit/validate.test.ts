import { describe, expect, it } from 'vitest'
import { blockTypes } from '#shared/schema'
import { formatJsonPath, formatProblem } from '../../server/content/problems'
import { blockAnchors, pathForFile } from '../../server/content/paths'
import { validateContent } from '../../server/content/validate'
import { contentFiles, rawBlocks, rawImage, rawPage } from '../support/content'

/** The lines `content:check` would print for these files. */
const lines = (over: Record<string, unknown>) => validateContent(contentFiles(over)).problems.map(formatProblem)

describe('validateContent', () => {
  it('accepts a valid site and indexes its pages by URL', () => {
    const result = validateContent(contentFiles())
    expect(result.problems).toEqual([])
    expect([...result.pages.keys()].sort()).toEqual(['/', '/research', '/research/one'])
    expect(result.pages.get('/research/one')!.collection).toBe('research')
    expect(result.pages.get('/research')!.collection).toBeUndefined()
  })

  it('names line and column of a JSON syntax error', () => {
    expect(lines({ 'index.json': '{\n  "title": "Home",\n  "blocks": [}\n' }))
      .toEqual(['content/index.json: invalid JSON at line 3, column 14: expected a value, found "}" (remove the trailing comma)'])
    expect(lines({ 'index.json': '{\n  "title": "Home"\n  "blocks": []\n}' }))
      .toEqual(['content/index.json: invalid JSON at line 3, column 3: expected "," or "}", found """ (a comma is probably missing)'])
    expect(lines({ 'index.json': '{"title": "Home",}' }))
      .toEqual(['content/index.json: invalid JSON at line 1, column 18: expected a quoted field name, found "}" (remove the trailing comma)'])
    expect(lines({ 'index.json': '{"title": "Ho\nme"}' })[0]).toContain('line 1, column 14: string not closed before the end of the line')
    expect(lines({ 'index.json': '{"title": "Home"' })[0]).toContain('line 1, column 17: expected "," or "}", found end of file')
    expect(lines({ 'index.json': '' })[0]).toContain('line 1, column 1: expected a value, found end of file')
  })

  it('lists the known block types for an unknown one, with a suggestion', () => {
    const [line] = lines({ 'index.json': rawPage({ blocks: [rawBlocks.hero, { type: 'heroo', title: 'x' }] }) })
    expect(line).toMatch(/^content\/index\.json: blocks\[1\]\.type: unknown block type "heroo"; did you mean "hero"\?/)
    expect(line).toContain('Known types: hero, listing-mixed, listing-latest, heading-with-text, image, listing-research, testimonial')
  })

  it('names the JSON path of a missing required field and of a wrong type', () => {
    expect(lines({ 'index.json': rawPage({ blocks: [{ ...rawBlocks.hero, title: undefined }] }) }))
      .toContain('content/index.json: blocks[0].title: is required (a string)')
    expect(lines({ 'index.json': rawPage({ blocks: [{ ...rawBlocks['listing-latest'], limit: 'four' }] }) }))
      .toContain('content/index.json: blocks[0].limit: must be a number, not a string')
  })

  it('refuses an image without alt and says how to fix it', () => {
    expect(lines({ 'index.json': rawPage({ blocks: [{ ...rawBlocks.image, image: rawImage({ alt: '' }) }] }) }))
      .toContain('content/index.json: blocks[0].image.alt: is required: describe the image, or set "decorative": true if it adds nothing a reader needs')
  })

  it('refuses relative links and web URLs without their slashes, naming the file and the field', () => {
    const problems = lines({
      'index.json': rawPage({ blocks: [
        { ...rawBlocks['heading-with-text'], link: { label: 'x', href: 'https:evil.example' } },
        { type: 'rich-text', text: 'See [one](foo/bar:baz) and [two](javascript%3Aalert(1)).' },
      ] }),
    })
    expect(problems).toContain('content/index.json: blocks[0].link.href: must be a site path from the root (/research), an #anchor, or an https://, mailto: or tel: URL')
    expect(problems.filter(p => p.startsWith('content/index.json: blocks[1].text: link "foo/bar:baz" is not allowed'))).toHaveLength(1)
    expect(problems.filter(p => p.startsWith('content/index.json: blocks[1].text: link "javascript%3Aalert(1)" is not allowed'))).toHaveLength(1)
  })

  it('refuses control characters in any text, naming the field, and prints author input safely', () => {
    const problems = lines({
      'index.json': rawPage({ title: 'Home\u001B[31m', description: 'A bell\u0007 rings', blocks: [{ type: 'rich-text', text: 'Two lines\nand\ta tab are fine.' }] }),
    })
    expect(problems).toContain('content/index.json: title: contains the control character U+001B; remove it (line breaks and tabs are allowed)')
    expect(problems).toContain('content/index.json: description: contains the control character U+0007; remove it (line breaks and tabs are allowed)')
    expect(problems.filter(p => p.includes('blocks[0]'))).toEqual([])
    // A message quoting the author's text shows the escape, never the raw character.
    expect(formatProblem({ file: 'content/a.json', path: 'x', severity: 'error', message: 'link "/a\u001B[2J\u202Eb" is not allowed' }))
      .toBe('content/a.json: x: link "/a\\u001B[2J\\u202Eb" is not allowed')
  })

  it('refuses unsafe URL schemes wherever a link appears', () => {
    const problems = lines({
      'index.json': rawPage({ blocks: [{ ...rawBlocks['heading-with-text'], link: { label: 'x', href: 'javascript:alert(1)' } }] }),
      'navigation.json': { header: [{ title: 'A', url: 'vbscript:x' }], footer: [{ title: 'F', items: [{ label: 'x', href: '/research' }] }] },
    })
    expect(problems).toContain('content/index.json: blocks[0].link.href: must be a site path from the root (/research), an #anchor, or an https://, mailto: or tel: URL')
    expect(problems).toContain('content/navigation.json: header[0].url: must be a site path from the root (/research), an #anchor, or an https://, mailto: or tel: URL')
  })

  it('refuses blocks that are not an array', () => {
    expect(lines({ 'index.json': rawPage({ blocks: { type: 'hero' } }) })).toContain('content/index.json: blocks: must be an array, not an object')
  })

  it('suggests the intended name of a misspelt field', () => {
    expect(lines({ 'index.json': { ...rawPage(), tittle: 'x' } })).toContain('content/index.json: tittle: unknown field "tittle"; did you mean "title"?')
  })

  it('refuses listings that point at pages or collections that do not exist', () => {
    const problems = lines({
      'index.json': rawPage({ blocks: [{ ...rawBlocks['listing-research'], items: ['/research/onee'] }, { ...rawBlocks['listing-latest'], collections: ['reserch'] }] }),
    })
    expect(problems).toContain('content/index.json: blocks[0].items[0]: no page at /research/onee; did you mean /research/one?')
    expect(problems).toContain('content/index.json: blocks[1].collections[0]: no collection "reserch"; did you mean "research"? Collections: research')
  })

  it('warns when a listing\'s links lead to some of the collections it lists and not the others', () => {
    const blog = { 'blog/index.json': rawPage({ title: 'Blog' }), 'blog/post.json': rawPage({ title: 'Post', date: '2026-01-03', image: rawImage() }) }
    const latest = (links: unknown[], collections = ['research', 'blog']) => lines({ ...blog, 'index.json': rawPage({ blocks: [{ ...rawBlocks['listing-latest'], collections, links }] }) })
    expect(latest([{ label: 'View all research', href: '/research' }])).toContain(
      'content/index.json: blocks[0].links: warning: lists research and blog, but its links lead to research; link to blog as well, or to a page that lists them all',
    )
    expect(latest([{ label: 'All posts', href: '/blog' }], ['research'])).toContain(
      'content/index.json: blocks[0].links: warning: lists research, but its links lead to blog; link to research instead, or to a page that lists them all',
    )
    for (const fine of [[{ label: 'All research', href: '/research' }, { label: 'All posts', href: '/blog' }], [{ label: 'About us', href: '/research/one' }, { label: 'Posts', href: '/blog' }], []]) {
      expect(latest(fine).filter(l => l.includes('links'))).toEqual([])
    }
  })

  it('checks the links of a page\'s own banner, and lets a page turn the banner off', () => {
    const banner = { text: 'Hiring.', links: [{ label: 'Apply', href: '/carers' }], placement: 'top' }
    expect(lines({ 'about.json': rawPage({ banner }) })).toContain('content/about.json: banner.links[0].href: links to /carers, but no page has that path')
    expect(lines({ 'about.json': rawPage({ banner: false }) }).filter(l => l.includes('banner'))).toEqual([])
    expect(lines({ 'about.json': rawPage({ banner: true }) }).some(l => l.startsWith('content/about.json: banner'))).toBe(true)
  })

  it('refuses a social network the footer has no icon for, naming the ones it has', () => {
    const navigation = JSON.parse(contentFiles({}).find(f => f.name === 'navigation.json')!.text)
    navigation.social = [{ label: 'Us elsewhere', href: 'https://elsewhere.example', network: 'myspace' }]
    const problems = lines({ 'navigation.json': navigation })
    expect(problems.find(p => p.startsWith('content/navigation.json: social[0].network'))).toMatch(/x.*bluesky.*mastodon.*soundcloud/)
  })

  it('refuses internal links to missing pages and published links to drafts', () => {
    const problems = lines({
      'index.json': rawPage({ blocks: [{ ...rawBlocks['heading-with-text'], link: { label: 'x', href: '/reserch#top' } }] }),
      'draft.json': rawPage({ draft: true }),
      'about.json': rawPage({ blocks: [{ ...rawBlocks['heading-with-text'], link: { label: 'x', href: '/draft' } }] }),
    })
    expect(problems).toContain('content/index.json: blocks[0].link.href: links to /reserch, but no page has that path; did you mean /research?')
    expect(problems).toContain('content/about.json: blocks[0].link.href: links to /draft, which is a draft and will not be published')
  })

  it('requires a date on entries of listed collections, and an image only where the template shows one', () => {
    const problems = lines({ 'research/one.json': rawPage({ blocks: [] }) })
    expect(problems).toContain('content/research/one.json: date: is required: "research" entries appear in listings, which sort by date')
    // A card without an image shows the entry's description instead; an article's hero needs one.
    expect(problems.filter(p => p.includes('image'))).toEqual([])
    expect(lines({ 'research/one.json': rawPage({ template: 'article', date: '2026-01-02', category: 'Safety', blocks: [] }) }))
      .toContain('content/research/one.json: image: is required on a page with "template": "article"')
  })

  it('refuses duplicate block ids on one page', () => {
    const block = { ...rawBlocks['heading-with-text'], id: 'same' }
    expect(lines({ 'index.json': rawPage({ blocks: [block, block] }) })).toContain('content/index.json: blocks[1].id: "same" is already the id of blocks[0]')
  })

  it('refuses file names that cannot be URLs, and missing site files', () => {
    expect(lines({ 'About Us.json': rawPage() })[0]).toMatch(/^content\/About Us\.json: file and folder names must be lower case/)
    expect(lines({ 'site.json': undefined })).toContain('content/site.json: is missing: the site name, URL and title template live here')
  })

  it('says when a file holds something other than one object', () => {
    expect(lines({ 'about.json': '"just text"' })).toContain('content/about.json: the file must hold one JSON object ({ ... }), not a string')
    expect(lines({ 'about.json': '[]' })).toContain('content/about.json: the file must hold one JSON object ({ ... }), not an array')
  })

  it('never throws, whatever the file holds', () => {
    for (const text of ['', 'null', '[]', '"x"', '{"blocks": [null, 1, "x", []]}', '{"title": {"$ref": "#"}}', `{${'"a":{'.repeat(2000)}}`]) {
      expect(() => validateContent(contentFiles({ 'index.json': text }))).not.toThrow()
      expect(validateContent(contentFiles({ 'index.json': text })).problems.length).toBeGreaterThan(0)
    }
  })
})

describe('paths and anchors', () => {
  it('maps files to URLs', () => {
    expect(pathForFile('index.json')).toBe('/')
    expect(pathForFile('research/index.json')).toBe('/research')
    expect(pathForFile('research/sparse-circuits.json')).toBe('/research/sparse-circuits')
  })

  it('formats JSON paths the way authors read them', () => {
    expect(formatJsonPath(['blocks', 2, 'image', 'alt'])).toBe('blocks[2].image.alt')
    expect(formatJsonPath([])).toBe('')
    expect(formatJsonPath(['a b'])).toBe('["a b"]')
  })

  it('slugs headings into unique anchors, keeping explicit ids', () => {
    const hwt = (heading: string, id?: string) => ({ type: 'heading-with-text' as const, heading, text: 't', ...(id ? { id } : {}) })
    expect(blockAnchors([hwt('Research'), hwt('Research'), hwt('Other', 'research-2'), hwt('2026 plans')]))
      .toEqual(['research', 'research-3', 'research-2', 'section-2026-plans'])
  })
})

describe('problems caused by another file\'s errors', () => {
  it('are not reported again at every link to the broken page', () => {
    const problems = validateContent(contentFiles({
      'about.json': '{ "title": ',
      'index.json': rawPage({ blocks: [{ ...rawBlocks['heading-with-text'], link: { label: 'About', href: '/about' } }, { ...rawBlocks['listing-research'], items: ['/research/one'] }] }),
      'research/one.json': rawPage({ title: 'One', date: '2026-01-02', image: rawImage(), blocks: [{ type: 'carousel' }] }),
    })).problems.map(formatProblem)
    expect(problems).toEqual([
      'content/about.json: invalid JSON at line 1, column 12: expected a value, found end of file',
      `content/research/one.json: blocks[0].type: unknown block type "carousel". Known types: ${blockTypes.join(', ')}`,
    ])
  })
})

describe('warnings', () => {
  it('asks for the editor schema when a file lacks it or points elsewhere, without failing', () => {
    const result = validateContent(contentFiles({
      'about.json': '{ "title": "About", "description": "d", "blocks": [] }',
      'research/index.json': { $schema: '../schemas/page.schema.json', ...rawPage() },
    }))
    const lines = result.problems.map(formatProblem)
    expect(lines).toContain('content/about.json: $schema: warning: is missing; start the file with "$schema": "../schemas/page.schema.json" so your editor checks it as you type')
    expect(lines).toContain('content/research/index.json: $schema: warning: should be "../../schemas/page.schema.json" (the path from this file to schemas/page.schema.json)')
    expect(result.problems.every(p => p.severity === 'warning')).toBe(true)
  })

  it('warns about descriptions longer than search results show', () => {
    const lines = validateContent(contentFiles({ 'about.json': rawPage({ description: 'x'.repeat(200) }) })).problems.map(formatProblem)
    expect(lines).toEqual(['content/about.json: description: warning: is 200 characters; search results cut it after about 160'])
  })
})
