import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BlockSchema, PageSchema, blockGroups, blockTypes, blockSchemas } from '#shared/schema'
import { collectImages } from '../../server/content/walk'
import { rawBlocks, rawImage, rawPage } from '../support/content'

describe('block schemas', () => {
  it('has a valid example for every block type', () => {
    expect(Object.keys(rawBlocks).sort()).toEqual([...blockTypes].sort())
    for (const type of blockTypes) {
      const result = BlockSchema.safeParse(rawBlocks[type])
      expect(result.success, `${type}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
    }
  })

  it('keeps the example in each schema\'s metadata valid (the catalogue and docs show them)', () => {
    for (const schema of blockSchemas) {
      const example = (schema.meta()?.examples as unknown[])[0]
      expect(BlockSchema.safeParse(example).success, JSON.stringify(example)).toBe(true)
    }
  })

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ['hero without title', { ...rawBlocks.hero, title: undefined }, 'title'],
    ['hero with an empty title', { ...rawBlocks.hero, title: '  ' }, 'title'],
    ['hero link with javascript:', { ...rawBlocks.hero, links: [{ label: 'x', href: 'javascript:alert(1)' }] }, 'links.0.href'],
    ['listing-mixed with no items', { ...rawBlocks['listing-mixed'], items: [] }, 'items'],
    ['listing-mixed item with data: URL', { ...rawBlocks['listing-mixed'], items: [{ heading: 'a', cta: 'b', href: 'data:text/html,x' }] }, 'items.0.href'],
    ['listing-latest limit 0', { ...rawBlocks['listing-latest'], limit: 0 }, 'limit'],
    ['listing-latest collections not an array', { ...rawBlocks['listing-latest'], collections: 'research' }, 'collections'],
    ['heading-with-text text a number', { ...rawBlocks['heading-with-text'], text: 3 }, 'text'],
    ['image without alt', { ...rawBlocks.image, image: rawImage({ alt: undefined }) }, 'image.alt'],
    ['image decorative with alt', { ...rawBlocks.image, image: rawImage({ decorative: true }) }, 'image.alt'],
    ['image with remote src', { ...rawBlocks.image, image: rawImage({ src: 'https://x.example/a.webp' }) }, 'image.src'],
    ['image with ../ in src', { ...rawBlocks.image, image: rawImage({ src: '/images/../secret.webp' }) }, 'image.src'],
    ['image with fractional width', { ...rawBlocks.image, image: rawImage({ width: 10.5 }) }, 'image.width'],
    ['listing-research with items and collection', { ...rawBlocks['listing-research'], collection: 'research' }, ''],
    ['listing-research with neither', { type: 'listing-research', heading: 'x' }, ''],
    ['listing-research item that is not a path', { ...rawBlocks['listing-research'], items: ['research/one'] }, 'items.0'],
    ['testimonial without image', { ...rawBlocks.testimonial, image: undefined }, 'image'],
    ['unknown field', { ...rawBlocks.testimonial, quotee: 'x' }, ''],
    ['bad theme', { ...rawBlocks.testimonial, theme: 'pink' }, 'theme'],
    ['bad anchor id', { ...rawBlocks.testimonial, id: 'Has Spaces' }, 'id'],
    ['rich-text with an unsafe link', { ...rawBlocks['rich-text'], text: '[x](javascript:alert(1))' }, 'text'],
    ['rich-text with unclosed math', { ...rawBlocks['rich-text'], text: 'costs $5' }, 'text'],
    ['rich-text that is empty', { ...rawBlocks['rich-text'], text: ' ' }, 'text'],
    ['content-heading at level 4', { ...rawBlocks['content-heading'], level: 4 }, 'level'],
    ['content-heading without heading', { type: 'content-heading' }, 'heading'],
    ['table without caption', { ...rawBlocks.table, caption: undefined }, 'caption'],
    ['table with a short row', { ...rawBlocks.table, rows: [['only one']] }, 'rows.0'],
    ['table cell over two lines', { ...rawBlocks.table, rows: [['a\nb', '1']] }, 'rows.0.0'],
    ['table cell with an unknown key', { ...rawBlocks.table, rows: [['a', { text: '1', muted: true }]] }, 'rows.0.1'],
    ['math without TeX', { type: 'math', tex: '' }, 'tex'],
    ['embed naming no registered component', { ...rawBlocks.embed, component: 'carousel' }, 'component'],
    ['embed without a fallback', { ...rawBlocks.embed, fallback: undefined }, 'fallback'],
    ['embed sample viewer with one tab', { ...rawBlocks.embed, props: { tabs: [{ label: 'One', output: 'x' }] } }, 'props.tabs'],
    ['embed sample viewer tab without output', { ...rawBlocks.embed, props: { tabs: [{ label: 'One' }, { label: 'Two', output: 'y' }] } }, 'props.tabs.0.output'],
    ['embed with a field its component does not take', { ...rawBlocks.embed, props: { tabs: [{ label: 'One', output: 'x' }, { label: 'Two', output: 'y' }], colour: 'red' } }, 'props'],
    ['embed line chart whose x goes back', { ...rawBlocks.embed, component: 'line-chart', props: { xLabel: 'x', yLabel: 'y', series: [{ label: 'a', points: [[2, 1], [1, 1]] }] } }, 'props.series.0.points.1.0'],
    ['embed heatmap with a score missing', { ...rawBlocks.embed, component: 'token-heatmap', props: { tokens: ['a', 'b'], maps: [{ label: 'm', scores: [0.5] }] } }, 'props.maps.0.scores'],
    ['embed heatmap score above 1', { ...rawBlocks.embed, component: 'token-heatmap', props: { tokens: ['a'], maps: [{ label: 'm', scores: [2] }] } }, 'props.maps.0.scores.0'],
    ['quote without text', { ...rawBlocks.quote, quote: undefined }, 'quote'],
    ['quote source with javascript:', { ...rawBlocks.quote, source: { label: 'x', href: 'javascript:x' } }, 'source.href'],
    ['video without captions', { ...rawBlocks.video, captions: undefined }, 'captions'],
    ['video from another site', { ...rawBlocks.video, src: 'https://cdn.example/a.webm' }, 'src'],
    ['video with captions that are not WebVTT', { ...rawBlocks.video, captions: { src: '/videos/a.srt', srclang: 'en', label: 'English' } }, 'captions.src'],
    ['button-group with no buttons', { type: 'button-group', links: [] }, 'links'],
    ['button-group with an unknown style', { type: 'button-group', links: [{ label: 'x', href: '/x', style: 'ghost' }] }, 'links.0.style'],
    ['listing-index without collection', { type: 'listing-index' }, 'collection'],
    ['listing-index with 100 per page', { ...rawBlocks['listing-index'], perPage: 100 }, 'perPage'],
  ]
  it.each(invalid)('refuses %s', (_name, block, path) => {
    const result = BlockSchema.safeParse(block)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map(i => i.path.join('.'))).toContain(path)
  })
})

describe('page schema', () => {
  it('fills in the defaults authors may leave out', () => {
    const page = PageSchema.parse({ title: 'T', description: 'D', blocks: [] })
    expect(page).toMatchObject({ theme: 'white', transition: 'simple', draft: false })
  })

  it('refuses blocks that are not an array and dates that do not exist', () => {
    expect(PageSchema.safeParse(rawPage({ blocks: {} })).success).toBe(false)
    expect(PageSchema.safeParse(rawPage({ date: '2026-02-30' })).success).toBe(false)
    expect(PageSchema.safeParse(rawPage({ date: '2026-02-28' })).success).toBe(true)
  })
})

describe('block groups and examples', () => {
  it('put every block type in exactly one group', () => {
    const grouped = Object.values(blockGroups).flat()
    expect([...grouped].sort()).toEqual([...blockTypes].sort())
    expect(new Set(grouped).size).toBe(grouped.length)
  })

  it('use only images that exist, so the catalogue never shows a broken one', () => {
    for (const schema of blockSchemas) {
      for (const { image } of collectImages((schema.meta()?.examples as unknown[])[0])) {
        expect(existsSync(resolve(import.meta.dirname, '../../public', `.${image.src}`)), image.src).toBe(true)
      }
    }
  })
})
