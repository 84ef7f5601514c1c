import { compareByDate, entryFilterKeys, filterKey, indexStatesFrom, pageCountFor } from '../../shared/utils/listing-index'
import type { IndexEntry, IndexFilter, IndexQueryResult, IndexState } from '../../shared/utils/listing-index'

export interface ListingIndexLists<E> {
  /**
   * Whether a state is one the index has (each is a page of the export): a filter that shows
   * something, and a page within its count. The repository and validation both ask this.
   */
  has: (state: IndexState, perPage: number) => boolean
  /** How many entries a filter shows. */
  total: (filter: IndexFilter) => number
  /** What `queryIndex(entries, state, perPage)` answers, from lists made once. */
  query: (state: IndexState, perPage: number) => IndexQueryResult<E>
  /** What `allIndexStates(entries, perPage)` answers, from the same groups. */
  states: (perPage: number) => IndexState[]
}

/**
 * An index's entries grouped by each of its filters, each group sorted once per order.
 * `queryIndex` filters and sorts every entry of the collection for each state it is asked
 * about; the server asks about every state of every index (each is a page of the export, and
 * validation checks every link to one), which on a site of 5,000 pages was 8 ms a state.
 */
export function listingIndexLists<E extends IndexEntry>(entries: readonly E[]): ListingIndexLists<E> {
  const groups = new Map<string, E[]>([['', []]])
  for (const entry of entries) {
    for (const key of entryFilterKeys(entry)) {
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
  const total = (filter: IndexFilter) => groups.get(filterKey(filter))?.length ?? 0
  return {
    total,
    states: perPage => indexStatesFrom(new Map([...groups].map(([key, group]) => [key, group.length])), perPage),
    has(state, perPage) {
      const key = filterKey(state)
      const count = total(state)
      return (key === '' || count > 0) && state.page <= pageCountFor(count, perPage)
    },
    query(state, perPage) {
      const matching = inOrder(filterKey(state), state.sort)
      const pageCount = pageCountFor(matching.length, perPage)
      const start = (state.page - 1) * perPage
      return { items: matching.slice(start, start + perPage), total: matching.length, pageCount }
    },
  }
}
