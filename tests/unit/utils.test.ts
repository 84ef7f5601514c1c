import { describe, expect, it } from 'vitest'
import { formatLongDate, formatShortDate } from '#shared/utils/date'
import { freezeShared } from '#shared/utils/freeze'
import { createLru } from '#shared/utils/lru'
import { slugify } from '#shared/utils/slug'
import { imageVariantUrl, imageWidths, widthsFor } from '../../shared/utils/image-variants'
import { SHUTTER_STAGGER_MS, SHUTTER_STRIPS, chooseTransition, transitionDuration } from '../../utils/page-transition'
import { absoluteUrl } from '#shared/utils/url'

describe('slugify', () => {
  it.each([
    ['Research', 'research'],
    ['Sparse circuits, revisited!', 'sparse-circuits-revisited'],
    ['Café & théorie', 'cafe-and-theorie'],
    ['  --Edges--  ', 'edges'],
    ['2026: a year', '2026-a-year'],
    ['???', ''],
  ])('%j -> %j', (input, slug) => expect(slugify(input)).toBe(slug))
})

describe('dates', () => {
  it('formats calendar days without shifting them across time zones', () => {
    expect(formatShortDate('2026-03-01')).toBe('Mar 1, 2026')
    expect(formatLongDate('2026-12-31')).toBe('December 31, 2026')
  })
})

describe('image variant URLs', () => {
  it('are written as the ipx provider writes them, with the file\'s version as one more modifier', () => {
    expect(imageVariantUrl('/images/lab.webp', 800)).toBe('/_ipx/w_800&f_webp/images/lab.webp')
    expect(imageVariantUrl('/images/lab.webp', 800, '0a1b2c3d4e')).toBe('/_ipx/w_800&f_webp&v_0a1b2c3d4e/images/lab.webp')
  })

  it('encode the path and never let a version break out of its modifier', () => {
    expect(imageVariantUrl('/images/a b.webp', 400)).toBe('/_ipx/w_400&f_webp/images/a%20b.webp')
    expect(imageVariantUrl('/images/a.webp', 400, 'x/../../etc')).toBe('/_ipx/w_400&f_webp/images/a.webp')
    expect(imageVariantUrl('/images/a.webp', 400, '')).toBe('/_ipx/w_400&f_webp/images/a.webp')
  })
})

describe('image widths', () => {
  it('offers the standard widths below the source, then the source itself', () => {
    expect(widthsFor(1600)).toEqual([400, 800, 1200, 1600])
    expect(widthsFor(1000)).toEqual([400, 800, 1000])
    expect(widthsFor(300)).toEqual([300])
  })
  it('never offers more than the largest standard width', () => {
    expect(widthsFor(5000)).toEqual([...imageWidths])
  })
})

describe('page transitions', () => {
  it('uses the page\'s transition unless reduced motion is asked for', () => {
    expect(chooseTransition('shutter', false)).toBe('shutter')
    expect(chooseTransition('shutter', true)).toBe('none')
    expect(chooseTransition('simple', true)).toBe('none')
  })
  it('lets the shutter\'s last strip finish its stagger', () => {
    expect(SHUTTER_STRIPS).toBe(36)
    expect(transitionDuration('shutter')).toBe(420 + 35 * SHUTTER_STAGGER_MS)
    expect(transitionDuration('simple')).toBeGreaterThan(0)
    expect(transitionDuration('none')).toBe(0)
  })
})

describe('absoluteUrl', () => {
  it('joins the site URL and a path', () => {
    expect(absoluteUrl({ url: 'https://lab.example' }, '/')).toBe('https://lab.example/')
    expect(absoluteUrl({ url: 'https://lab.example' }, '/research/a')).toBe('https://lab.example/research/a')
  })
})

describe('createLru', () => {
  it('keeps at most its limit, dropping the least recently used first', () => {
    const lru = createLru<string, number>(2)
    lru.set('a', 1)
    lru.set('b', 2)
    expect(lru.get('a')).toBe(1) // a is now the most recent
    lru.set('c', 3)
    expect(lru.get('b')).toBeUndefined()
    expect(lru.get('a')).toBe(1)
    expect(lru.get('c')).toBe(3)
    expect(lru.size).toBe(2)
    lru.set('a', 10)
    expect(lru.size).toBe(2)
    expect(lru.get('a')).toBe(10)
    lru.delete('a')
    expect(lru.get('a')).toBeUndefined()
    expect(lru.size).toBe(1)
  })
})

describe('freezeShared', () => {
  it('freezes everything reachable and drops undefined keys, as a JSON round trip would', () => {
    const tags = ['a', 'b']
    const data = { title: 'T', category: undefined, blocks: [{ type: 'x', items: [{ n: 1 }] }], tags, again: tags }
    const shared = freezeShared(data)
    expect(shared).toBe(data)
    expect(JSON.stringify(shared)).toBe(JSON.stringify(JSON.parse(JSON.stringify(data))))
    expect('category' in shared).toBe(false)
    for (const part of [shared, shared.blocks, shared.blocks[0], shared.blocks[0]!.items[0], tags]) expect(Object.isFrozen(part)).toBe(true)
    // Modules are strict: changing shared data in place throws where it happens.
    expect(() => (shared.blocks[0]!.items[0]!.n = 2)).toThrow(TypeError)
    expect(() => shared.tags.push('c')).toThrow(TypeError)
  })

  it('leaves primitives and null alone', () => {
    expect(freezeShared(null)).toBeNull()
    expect(freezeShared('x')).toBe('x')
    expect(freezeShared(3)).toBe(3)
  })
})
