import { describe, expect, it } from 'vitest'
import { allIndexStates, indexFacets, queryIndex } from '#shared/utils/listing-index'
import type { IndexEntry, IndexFilter } from '#shared/utils/listing-index'
import { listingIndexLists } from '../../server/content/listing-index-lists'
import { seededRandom } from '../../scripts/seeded-random.mjs'

const categories = ['Training', 'Safety', 'Évaluation', 'Data & tools']
const tags = ['memory', 'Memory', 'language models', 'robustness', 'R&D', 'long context', 'interpretability']
const people = ['Ines Calder', 'Inès Calder', 'Tomás Reyes', 'Adaeze Okafor']

/** Entries with repeated dates (so titles break ties), labels that share a slug, and entries with no category. */
function makeEntries(count: number, seed: number): Array<IndexEntry & { path: string }> {
  const random = seededRandom(seed)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!
  return Array.from({ length: count }, (_, i) => ({
    path: `/research/e-${i}`,
    title: `Entry ${Math.floor(random() * 40)}`,
    date: `2026-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 3)}`,
    category: random() < 0.2 ? undefined : pick(categories),
    tags: Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)),
    authors: Array.from({ length: Math.floor(random() * 3) }, () => pick(people)),
  }))
}

describe('listingIndexLists', () => {
  it.each([[0, 1], [1, 2], [7, 3], [60, 4], [250, 5]])('answers every state as queryIndex does (%i entries)', (count, seed) => {
    const entries = makeEntries(count, seed)
    const lists = listingIndexLists(entries)
    const { categories: cats, tags: found, authors } = indexFacets(entries)
    const filters: IndexFilter[] = [
      {},
      ...[...cats, ...found, ...authors].map(f => ({ [f.kind]: f.slug })),
      ...cats.flatMap(c => found.map(t => ({ category: c.slug, tag: t.slug }))),
      { tag: 'nowhere' },
      { category: 'memory' },
      { author: 'nobody' },
    ]
    for (const perPage of [1, 4, 12]) {
      for (const filter of filters) {
        const expected = queryIndex(entries, { ...filter, sort: 'newest', page: 1 }, perPage)
        for (const sort of ['newest', 'oldest'] as const) {
          for (let page = 1; page <= expected.pageCount + 1; page++) {
            const state = { ...filter, sort, page }
            expect(lists.query(state, perPage), JSON.stringify(state)).toEqual(queryIndex(entries, state, perPage))
            // A state exists when its filter shows something and its page is within the count.
            expect(lists.has(state, perPage), JSON.stringify(state)).toBe((!Object.keys(filter).length || expected.total > 0) && page <= expected.pageCount)
            expect(lists.total(filter)).toBe(expected.total)
          }
        }
      }
    }
  })

  it('counts an entry once under a filter, even when two of its tags share the slug', () => {
    const lists = listingIndexLists([{ title: 'a', date: '2026-01-01', tags: ['Memory', 'memory'] }])
    expect(lists.query({ tag: 'memory', sort: 'newest', page: 1 }, 10).total).toBe(1)
    expect(lists.query({ sort: 'newest', page: 1 }, 10).total).toBe(1)
  })

  it('has a page for every state allIndexStates lists, and none past the last', () => {
    const entries = makeEntries(90, 9)
    const lists = listingIndexLists(entries)
    expect(lists.states(10)).toEqual(allIndexStates(entries, 10))
    for (const state of allIndexStates(entries, 10)) {
      const { items, pageCount } = lists.query(state, 10)
      expect(items.length).toBeGreaterThan(0)
      expect(lists.has(state, 10)).toBe(true)
      expect(lists.query({ ...state, page: pageCount + 1 }, 10).items).toEqual([])
      expect(lists.has({ ...state, page: pageCount + 1 }, 10)).toBe(false)
    }
    // The first page of an empty index is still a page; a filter that shows nothing is not.
    expect(listingIndexLists([]).has({ sort: 'newest', page: 1 }, 10)).toBe(true)
    expect(listingIndexLists([]).has({ tag: 'memory', sort: 'newest', page: 1 }, 10)).toBe(false)
  })
})
