import { compareByDate, pageCountFor } from '../../shared/utils/listing-index'
import type { IndexEntry, IndexQueryResult, IndexState } from '../../shared/utils/listing-index'
import { slugify } from '../../shared/utils/slug'

/** One name per filter of an index; no filter is ''. */
const filterKey = (filter: IndexState['filter']): string => (filter ? `${filter.kind}:${filter.slug}` : '')

export interface ListingIndexLists<E> {
  /**
   * Whether a state is one the index has (each is a page of the export): a filter that shows
   * something, and a page within its count. The repository and validation both ask this.
   */
  has: (state: IndexState, perPage: number) => boolean
  /** What `queryIndex(entries, state, perPage)` answers, from lists made once. */
  query: (state: IndexState, perPage: number) => IndexQueryResult<E>
}

/**
 * An index's entries grouped by each of its filters, each group sorted once per order.
 * `queryIndex` filters and sorts every entry of the collection for each state it is asked
 * about; the server asks about every state of every index (each is a page of the export, and
 * validation checks every link to one), which on a site of 5,000 pages was 8 ms a state.
 */
export function listingIndexLists<E extends IndexEntry>(entries: readonly E[]): ListingIndexLists<E> {
  const groups = new Map<string, E[]>([['', [...entries]]])
  for (const entry of entries) {
    const keys = new Set<string>()
    if (entry.category !== undefined) keys.add(filterKey({ kind: 'category', slug: slugify(entry.category) }))
    for (const tag of entry.tags) keys.add(filterKey({ kind: 'tag', slug: slugify(tag) }))
    for (const key of keys) {
      const group = groups.get(key)
      if (group) group.push(entry)
      else groups.set(key, [entry])
    }
  }
  const sorted = new Map<string, E[]>()
  const inOrder = (key: string, sort: IndexState['sort']): E[] => {
    const name = `${sort} ${key}`
    let list = sorted.get(name)
    if (!list) sorted.set(name, list = [...groups.get(key) ?? []].sort(compareByDate(sort)))
    return list
  }
  return {
    has(state, perPage) {
      const total = groups.get(filterKey(state.filter))?.length ?? 0
      return (!state.filter || total > 0) && state.page <= pageCountFor(total, perPage)
    },
    query(state, perPage) {
      const matching = inOrder(filterKey(state.filter), state.sort)
      const pageCount = pageCountFor(matching.length, perPage)
      const start = (state.page - 1) * perPage
      return { items: matching.slice(start, start + perPage), total: matching.length, pageCount }
    },
  }
}
