import { describe, expect, it } from 'vitest'
import { ContentError, createRepository } from '../../server/content/repository'
import { validateContent } from '../../server/content/validate'
import { contentFiles, rawBlocks, rawImage, rawPage } from '../support/content'

const entry = (title: string, date: string, over: Record<string, unknown> = {}) =>
  rawPage({ title, date, image: rawImage(), blocks: [], ...over })

const repo = (over: Record<string, unknown> = {}) => createRepository(validateContent(contentFiles({
  'research/one.json': entry('One', '2026-01-02'),
  'research/two.json': entry('Two', '2026-03-01'),
  'research/three.json': entry('Three', '2025-12-31'),
  'research/secret.json': entry('Secret', '2026-12-01', { draft: true }),
  'blog/post.json': entry('Post', '2026-02-01'),
  'index.json': rawPage({ title: 'Home', blocks: [rawBlocks.hero, { ...rawBlocks['listing-latest'], collections: ['research', 'blog'], limit: 3 }] }),
  ...over,
})), { placeholders: { '/images/a.webp': 'data:image/webp;base64,cGxhY2Vob2xkZXI=' }, versions: { '/images/a.webp': '0123abcdef', '/images/unused.webp': 'fedcba3210' } })

describe('content repository', () => {
  it('renders rich text from the trees validation parsed, not by parsing it again', () => {
    const content = validateContent(contentFiles({
      'about.json': rawPage({ blocks: [{ type: 'rich-text', text: 'As *written*.' }] }),
    }))
    const rec = content.pages.get('/about')!
    expect([...rec.rich!.keys()]).toEqual(['b:As *written*.'])
    // Were the repository to parse the source again, it would not see this tree.
    rec.rich!.set('b:As *written*.', [{ type: 'p', children: [{ type: 'text', text: 'From validation' }] }])
    const block = createRepository(content).page('/about')!.blocks[0]!
    expect(block.type === 'rich-text' && block.text).toEqual([{ type: 'p', children: [{ type: 'text', text: 'From validation' }] }])
  })

  it('lists a collection newest first, without drafts', () => {
    expect(repo().entries('research').map(e => e.title)).toEqual(['Two', 'One', 'Three'])
  })

  it('resolves listing-latest across collections at build time', () => {
    const home = repo().page('/')!
    const latest = home.blocks[1]!
    expect(latest.type).toBe('listing-latest')
    expect(latest.type === 'listing-latest' && latest.entries.map(e => e.path)).toEqual(['/research/two', '/blog/post', '/research/one'])
  })

  it('never lists a page on itself', () => {
    const page = repo({ 'research/two.json': entry('Two', '2026-03-01', { blocks: [{ ...rawBlocks['listing-latest'], collections: ['research'] }] }) }).page('/research/two')!
    const block = page.blocks[0]!
    expect(block.type === 'listing-latest' && block.entries.map(e => e.title)).toEqual(['One', 'Three'])
  })

  it('resolves hand-picked research items in the given order', () => {
    const page = repo({ 'about.json': rawPage({ blocks: [{ ...rawBlocks['listing-research'], items: ['/research/three', '/research/one'] }] }) }).page('/about')!
    const block = page.blocks[0]!
    expect(block.type === 'listing-research' && block.entries.map(e => e.title)).toEqual(['Three', 'One'])
  })

  it('does not serve drafts, and lists every published path for prerendering', () => {
    const r = repo()
    expect(r.page('/research/secret')).toBeUndefined()
    expect(r.page('/nowhere')).toBeUndefined()
    expect(r.publishedPaths()).toEqual(['/', '/blog/post', '/research', '/research/one', '/research/three', '/research/two'])
  })

  it('gives blocks their anchors and the page the placeholders and versions of its own images', () => {
    const home = repo().page('/')!
    expect(home.blocks.map(b => b.anchor)).toEqual(['hello', 'latest'])
    expect(home.placeholders).toEqual({ '/images/a.webp': 'data:image/webp;base64,cGxhY2Vob2xkZXI=' })
    expect(home.imageVersions).toEqual({ '/images/a.webp': '0123abcdef' })
  })

  it('suggests the three entries sharing most tags and the category, newest first among equals, never the article itself', () => {
    const article = (title: string, date: string, category: string, tags: string[]) =>
      entry(title, date, { template: 'article', category, tags })
    const r = createRepository(validateContent(contentFiles({
      'research/self.json': article('Self', '2026-01-01', 'Training', ['memory', 'attention']),
      // memory + attention + category: 5 points
      'research/best.json': article('Best', '2025-01-01', 'Training', ['Memory', 'attention']),
      // memory + attention: 4 points, twice; the newer one first
      'research/four-old.json': article('Four old', '2025-02-01', 'Agents', ['memory', 'attention']),
      'research/four-new.json': article('Four new', '2025-06-01', 'Agents', ['memory', 'attention']),
      // category only: 1 point, newest of all
      'research/category.json': article('Category', '2026-05-01', 'Training', []),
      'research/none.json': article('None', '2026-06-01', 'Agents', ['planning']),
    })))
    expect(r.page('/research/self')!.related.map(e => e.title)).toEqual(['Best', 'Four new', 'Four old'])
    // Only the category matches here (1 point each); the newest entries fill the rest.
    expect(r.page('/research/none')!.related.map(e => e.title)).toEqual(['Four new', 'Four old', 'Category'])
  })

  it('refuses to build from invalid content, listing every problem', () => {
    const invalid = validateContent(contentFiles({ 'index.json': '{' }))
    expect(() => createRepository(invalid)).toThrow(ContentError)
    expect(() => createRepository(invalid)).toThrow(/content\/index\.json: invalid JSON at line 1, column 2/)
  })
})
