import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import {
  allIndexStates, facetsForState, indexFacets, indexStatePath, pageWindow, parseIndexStatePath, queryIndex,
} from '#shared/utils/listing-index'
import type { IndexEntry } from '#shared/utils/listing-index'
import { useListingIndex } from '../../composables/useListingIndex'
import { makeEntry, makeIndexView } from '../support/factories'

const entry = (date: string, title: string, category?: string, tags: string[] = [], authors: string[] = []): IndexEntry & { path: string } =>
  ({ path: `/x/${title}`, date, title, category, tags, authors })

const entries = [
  entry('2026-03-01', 'c', 'Training', ['memory', 'language models'], ['Ines Calder']),
  entry('2026-01-01', 'a', 'Safety', ['language models'], ['Ines Calder', 'Tomás Reyes']),
  entry('2026-02-01', 'b', 'Training', ['memory']),
  entry('2026-02-01', 'aa', 'Training', []),
]

describe('index states in URLs', () => {
  it.each([
    [{ sort: 'newest', page: 1 }, '/research'],
    [{ sort: 'oldest', page: 1 }, '/research/oldest'],
    [{ sort: 'newest', page: 3 }, '/research/page/3'],
    [{ tag: 'language-models', sort: 'newest', page: 2 }, '/research/tag/language-models/page/2'],
    [{ category: 'training', sort: 'oldest', page: 2 }, '/research/category/training/oldest/page/2'],
    [{ category: 'training', tag: 'memory', sort: 'newest', page: 1 }, '/research/category/training/tag/memory'],
    [{ author: 'ines-calder', sort: 'oldest', page: 3 }, '/research/author/ines-calder/oldest/page/3'],
  ] as const)('writes %o as %s and reads it back', (state, path) => {
    expect(indexStatePath('/research', state)).toBe(path)
    expect(parseIndexStatePath(path.slice('/research'.length))).toEqual(state)
  })

  it.each(['/page/1', '/page/01', '/page/0', '/oldest/oldest', '/tag', '/tag/', '/tag/Upper', '/tag/y/category/x', '/author/x/tag/y', '/category/x/author/y', '/author/x/category/y', '/page/2/oldest', '/newest', '/tag/a--b'])(
    'refuses the non-canonical %s, so no state has two URLs', (suffix) => {
      expect(parseIndexStatePath(suffix)).toBeUndefined()
    },
  )
})

describe('queryIndex', () => {
  it('sorts newest first with titles breaking ties, or oldest first', () => {
    expect(queryIndex(entries, { sort: 'newest', page: 1 }, 10).items.map(e => e.title)).toEqual(['c', 'aa', 'b', 'a'])
    expect(queryIndex(entries, { sort: 'oldest', page: 1 }, 10).items.map(e => e.title)).toEqual(['a', 'aa', 'b', 'c'])
  })

  it('filters by category, tag, both, or author slug', () => {
    const titles = (filter: object) => queryIndex(entries, { ...filter, sort: 'newest', page: 1 }, 10).items.map(e => e.title)
    expect(titles({ category: 'training' })).toEqual(['c', 'aa', 'b'])
    expect(titles({ tag: 'language-models' })).toEqual(['c', 'a'])
    expect(titles({ category: 'training', tag: 'language-models' })).toEqual(['c'])
    expect(titles({ category: 'safety', tag: 'memory' })).toEqual([])
    expect(titles({ author: 'tomas-reyes' })).toEqual(['a'])
    expect(titles({ author: 'ines-calder' })).toEqual(['c', 'a'])
  })

  it('pages, reporting the total and the number of pages', () => {
    const page2 = queryIndex(entries, { sort: 'newest', page: 2 }, 3)
    expect(page2).toMatchObject({ total: 4, pageCount: 2 })
    expect(page2.items.map(e => e.title)).toEqual(['a'])
    expect(queryIndex(entries, { sort: 'newest', page: 3 }, 3).items).toEqual([])
  })

  it('lists facets with counts, and every state worth prerendering', () => {
    const { categories, tags, authors } = indexFacets(entries)
    expect(categories.map(f => [f.slug, f.count])).toEqual([['safety', 1], ['training', 3]])
    expect(tags.map(f => [f.slug, f.count])).toEqual([['language-models', 2], ['memory', 2]])
    expect(authors.map(f => [f.label, f.slug, f.count])).toEqual([['Ines Calder', 'ines-calder', 2], ['Tomás Reyes', 'tomas-reyes', 1]])
    const paths = allIndexStates(entries, 3).map(s => indexStatePath('/r', s))
    expect(paths).toEqual(expect.arrayContaining([
      '/r', '/r/page/2', '/r/oldest/page/2', '/r/category/training', '/r/tag/memory/oldest',
      '/r/category/training/tag/memory', '/r/category/safety/tag/language-models/oldest', '/r/author/ines-calder', '/r/author/tomas-reyes/oldest',
    ]))
    // Only pairs some entry has: nothing is both Safety and memory.
    expect(paths).not.toContain('/r/category/safety/tag/memory')
    expect(paths).not.toContain('/r/category/training/page/2')
    expect(new Set(paths).size).toBe(paths.length)
    // Every listed state shows something.
    for (const state of allIndexStates(entries, 3)) expect(queryIndex(entries, state, 3).items.length, JSON.stringify(state)).toBeGreaterThan(0)
  })

  it('counts each row of the filter bar within the other row\'s choice, leaving out what would show nothing', () => {
    const all = indexFacets(entries)
    const count = (filter: object) => queryIndex(entries, { ...filter, sort: 'newest', page: 1 }, 100).total
    const bar = (state: object) => {
      const { categories, tags } = facetsForState(all, state, count)
      return { categories: categories.map(f => [f.slug, f.count]), tags: tags.map(f => [f.slug, f.count]) }
    }
    expect(bar({})).toEqual({ categories: [['safety', 1], ['training', 3]], tags: [['language-models', 2], ['memory', 2]] })
    expect(bar({ category: 'safety' })).toEqual({ categories: [['safety', 1], ['training', 3]], tags: [['language-models', 1]] })
    expect(bar({ tag: 'memory' })).toEqual({ categories: [['training', 2]], tags: [['language-models', 2], ['memory', 2]] })
    expect(bar({ category: 'training', tag: 'memory' })).toEqual({ categories: [['training', 2]], tags: [['language-models', 1], ['memory', 2]] })
    // An author's page offers the whole collection's filters.
    expect(bar({ author: 'tomas-reyes' })).toEqual(bar({}))
  })
})

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [3, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 30, [1, 2, 3, 30]],
    [15, 30, [1, 13, 14, 15, 16, 17, 30]],
    [30, 30, [1, 28, 29, 30]],
    [5, 30, [1, 2, 3, 4, 5, 6, 7, 30]],
    [4, 9, [1, 2, 3, 4, 5, 6, 9]],
    [270, 270, [1, 268, 269, 270]],
  ])('on page %i of %i shows %j', (current, count, expected) => {
    expect(pageWindow(current, count)).toEqual(expected)
  })

  it('always shows the first, the last and the current page, in order, each once, and never skips just one page', () => {
    for (let count = 1; count <= 40; count++) {
      for (let current = 1; current <= count; current++) {
        const pages = pageWindow(current, count)
        expect(pages).toContain(1)
        expect(pages).toContain(count)
        expect(pages).toContain(current)
        expect(pages.length).toBeLessThanOrEqual(9)
        pages.slice(1).forEach((page, i) => expect(page - pages[i]!, `${current}/${count}`).not.toBe(2))
        expect([...pages].sort((a, b) => a - b)).toEqual([...new Set(pages)])
      }
    }
  })
})

describe('useListingIndex', () => {
  it('links the pages around the current one, marking where pages are skipped', () => {
    const data = useListingIndex(makeIndexView({ state: { sort: 'newest', page: 15 }, total: 360, pageCount: 30 }))
    expect(data.pages.value.map(l => [l.label, l.gapBefore, l.current])).toEqual([
      ['1', false, false], ['13', true, false], ['14', false, false], ['15', false, true], ['16', false, false], ['17', false, false], ['30', true, false],
    ])
    expect(data.pages.value[1]!.href).toBe('/research/page/13')
  })

  it('links every filter, order and page, keeping the order across filters and resetting the page', () => {
    const view = ref(makeIndexView({ state: { tag: 'circuits', sort: 'oldest', page: 2 }, total: 14, pageCount: 2, items: [makeEntry(), makeEntry({ path: '/research/b' })] }))
    const data = useListingIndex(view)
    // A category keeps the tag: the two combine.
    expect(data.categories.value.map(l => [l.label, l.href, l.current])).toEqual([
      ['All', '/research/tag/circuits/oldest', true],
      ['Interpretability', '/research/category/interpretability/tag/circuits/oldest', false],
      ['Memory', '/research/category/memory/tag/circuits/oldest', false],
    ])
    expect(data.tags.value.map(l => [l.label, l.href, l.current])).toEqual([
      ['All', '/research/oldest', false],
      ['circuits', '/research/tag/circuits/oldest', true],
      ['memory', '/research/tag/memory/oldest', false],
    ])
    expect(data.tags.value[1]).toMatchObject({ count: 4 })
    expect(data.authors.value).toEqual([])
    expect(data.sorts.value.map(l => [l.href, l.current])).toEqual([['/research/tag/circuits', false], ['/research/tag/circuits/oldest', true]])
    expect(data.pages.value.map(l => [l.href, l.current])).toEqual([['/research/tag/circuits/oldest', false], ['/research/tag/circuits/oldest/page/2', true]])
    expect(data.previous.value).toBe('/research/tag/circuits/oldest')
    expect(data.next.value).toBeUndefined()
    expect(data.activeFilters.value.map(f => f.label)).toEqual(['circuits'])
    expect(data.range.value).toBe('13–14 of 14')
  })

  it('follows the view when it changes (client navigation to another state)', () => {
    const view = ref(makeIndexView())
    const data = useListingIndex(view)
    expect(data.categories.value[0]!.current).toBe(true)
    expect(data.next.value).toBe('/research/page/2')
    view.value = makeIndexView({ state: { category: 'memory', sort: 'newest', page: 1 }, total: 0, pageCount: 1, items: [] })
    expect(data.categories.value.find(l => l.current)?.label).toBe('Memory')
    expect(data.tags.value.find(l => l.label === 'circuits')?.href).toBe('/research/category/memory/tag/circuits')
    expect(data.next.value).toBeUndefined()
    expect(data.range.value).toBe('No entries')
  })

  it('on an author\'s page, lists the author and lets a category or tag take over from them', () => {
    const data = useListingIndex(makeIndexView({
      state: { author: 'ines-calder', sort: 'newest', page: 1 },
      author: { kind: 'author', label: 'Ines Calder', slug: 'ines-calder', count: 2, url: 'https://calder.example' },
    }))
    expect(data.authors.value.map(l => [l.label, l.href, l.current])).toEqual([['All', '/research', false], ['Ines Calder', '/research/author/ines-calder', true]])
    expect(data.categories.value.map(l => [l.href, l.current])).toEqual([['/research', false], ['/research/category/interpretability', false], ['/research/category/memory', false]])
    expect(data.tags.value[1]!.href).toBe('/research/tag/circuits')
    expect(data.activeFilters.value.map(f => f.label)).toEqual(['Ines Calder'])
  })
})
