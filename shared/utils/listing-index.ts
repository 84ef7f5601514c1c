import { slugify } from './slug'

/**
 * The state of an index page (/research, /blog) lives in its path, so that every state is a
 * real page of the static export: /research/category/interpretability/tag/circuits/oldest/page/2.
 * A category, a tag, or both; or else one author. Then the order, then the page number.
 * Values are slugs.
 */
export interface IndexState {
  category?: string
  tag?: string
  author?: string
  sort: 'newest' | 'oldest'
  page: number
}

export type FilterKind = 'category' | 'tag' | 'author'
/** The filter part of a state. */
export type IndexFilter = Pick<IndexState, FilterKind>

/** What filtering, sorting and paging need to know about an entry. */
export interface IndexEntry {
  date: string
  title: string
  category?: string
  tags: readonly string[]
  /** Names of the entry's authors. */
  authors?: readonly string[]
}

export interface Facet {
  kind: FilterKind
  label: string
  slug: string
  count: number
}

export interface Facets {
  categories: Facet[]
  tags: Facet[]
  authors: Facet[]
}

export interface IndexQueryResult<E> {
  items: E[]
  /** Entries that match the filter, on every page. */
  total: number
  pageCount: number
}

/** Path segments an index reserves below its own path; no entry of the collection may use them. */
export const reservedIndexSegments = ['category', 'tag', 'author', 'oldest', 'page'] as const

export const defaultIndexState: IndexState = { sort: 'newest', page: 1 }

/** The path of a state: the base path plus only what differs from the default. */
export function indexStatePath(base: string, state: IndexState): string {
  let path = base === '/' ? '' : base
  if (state.author) path += `/author/${state.author}`
  if (state.category) path += `/category/${state.category}`
  if (state.tag) path += `/tag/${state.tag}`
  if (state.sort === 'oldest') path += '/oldest'
  if (state.page > 1) path += `/page/${state.page}`
  return path || '/'
}

const slugPattern = '([a-z0-9]+(?:-[a-z0-9]+)*)'
const statePattern = new RegExp(`^(?:/author/${slugPattern})?(?:/category/${slugPattern})?(?:/tag/${slugPattern})?(/oldest)?(?:/page/([1-9]\\d{0,5}))?$`)

/**
 * Reads the part of a path after the index's own path (`/tag/language/page/2`).
 * Returns undefined for anything that is not the canonical form of a state, so that
 * `/page/1`, `/page/02`, a repeated segment or an author with a category is a 404 rather
 * than a duplicate page.
 */
export function parseIndexStatePath(suffix: string): IndexState | undefined {
  const match = statePattern.exec(suffix)
  if (!match) return undefined
  const [, author, category, tag, oldest, page] = match
  if (page === '1' || (author && (category || tag))) return undefined
  const state: IndexState = { sort: oldest ? 'oldest' : 'newest', page: page ? Number(page) : 1 }
  if (author) state.author = author
  if (category) state.category = category
  if (tag) state.tag = tag
  return state
}

/** One name per filter (`c:training|t:memory`); no filter is ''. */
export const filterKey = (filter: IndexFilter): string =>
  [filter.author && `a:${filter.author}`, filter.category && `c:${filter.category}`, filter.tag && `t:${filter.tag}`].filter(Boolean).join('|')

/**
 * The name of every filter an entry shows under, '' (no filter) included: its category, each
 * tag, each category-and-tag pair, each author. A label repeated under one slug counts once.
 */
export function entryFilterKeys(entry: IndexEntry): Set<string> {
  const category = entry.category === undefined ? undefined : slugify(entry.category)
  const keys = new Set<string>([''])
  if (category) keys.add(filterKey({ category }))
  for (const label of entry.tags) {
    const tag = slugify(label)
    keys.add(filterKey({ tag }))
    if (category) keys.add(filterKey({ category, tag }))
  }
  for (const name of entry.authors ?? []) keys.add(filterKey({ author: slugify(name) }))
  return keys
}

/** Newest first (or oldest first); same-day entries in title order so the result never depends on file order. */
export function compareByDate(sort: IndexState['sort']) {
  return (a: IndexEntry, b: IndexEntry): number =>
    (sort === 'newest' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)) || a.title.localeCompare(b.title)
}

/** How many pages `total` entries fill: at least one, so an empty index still has its first page. */
export const pageCountFor = (total: number, perPage: number): number => Math.max(1, Math.ceil(total / perPage))

/**
 * Filters, sorts and pages entries. A page past the end returns no items (the caller answers 404).
 * The plain version: the server answers from lists it makes once (listingIndexLists), and a test
 * checks the two agree.
 */
export function queryIndex<E extends IndexEntry>(entries: readonly E[], state: IndexState, perPage: number): IndexQueryResult<E> {
  const key = filterKey(state)
  const matching = entries.filter(e => entryFilterKeys(e).has(key)).sort(compareByDate(state.sort))
  const pageCount = pageCountFor(matching.length, perPage)
  const start = (state.page - 1) * perPage
  return { items: matching.slice(start, start + perPage), total: matching.length, pageCount }
}

/** Every category, tag and author of the entries, with counts; labels are those of the newest entry using them. */
export function indexFacets(entries: readonly IndexEntry[]): Facets {
  const newestFirst = [...entries].sort(compareByDate('newest'))
  const collect = (kind: FilterKind, labels: (e: IndexEntry) => readonly string[]): Facet[] => {
    const bySlug = new Map<string, Facet>()
    for (const entry of newestFirst) {
      const seen = new Set<string>()
      for (const label of labels(entry)) {
        const slug = slugify(label)
        if (seen.has(slug)) continue
        seen.add(slug)
        const facet = bySlug.get(slug)
        if (facet) facet.count++
        else bySlug.set(slug, { kind, label, slug, count: 1 })
      }
    }
    return [...bySlug.values()].sort((a, b) => a.label.localeCompare(b.label))
  }
  return {
    categories: collect('category', e => (e.category ? [e.category] : [])),
    tags: collect('tag', e => e.tags),
    authors: collect('author', e => e.authors ?? []),
  }
}

/**
 * The filter bar of one state: each category counted within the chosen tag, and each tag within
 * the chosen category, leaving out those that would show nothing (the chosen ones always stay).
 * On an author's state, the whole collection's counts: choosing a category or tag leaves the author.
 * `count(filter)`: how many entries a filter shows.
 */
export function facetsForState(all: Facets, state: IndexFilter, count: (filter: IndexFilter) => number): Pick<Facets, 'categories' | 'tags'> {
  const within = (facets: Facet[], chosen: string | undefined, filterFor: (slug: string) => IndexFilter) => facets.flatMap((f) => {
    const n = state.author ? f.count : count(filterFor(f.slug))
    return n > 0 || f.slug === chosen ? [{ ...f, count: n }] : []
  })
  return {
    categories: within(all.categories, state.category, category => ({ category, tag: state.tag })),
    tags: within(all.tags, state.tag, tag => ({ category: state.category, tag })),
  }
}

/**
 * The page numbers a pager shows, in order: the first, the last, and `around` pages on each
 * side of the current one. Where two neighbours differ by more than one, pages are skipped
 * (the pager draws an ellipsis); a single skipped page is shown instead, as it takes no more
 * room than the ellipsis would. An index of 300 pages links 7 of them, not 300.
 */
export function pageWindow(current: number, count: number, around = 2): number[] {
  const shown = new Set([1, count])
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= count) shown.add(page)
  const pages = [...shown].sort((a, b) => a - b)
  for (let i = pages.length - 1; i > 0; i--) if (pages[i]! - pages[i - 1]! === 2) pages.splice(i, 0, pages[i]! - 1)
  return pages
}

/** Reads a filter key back (`c:training|t:memory`). */
function filterFromKey(key: string): IndexFilter {
  const filter: IndexFilter = {}
  for (const part of key ? key.split('|') : []) {
    const slug = part.slice(2)
    if (part.startsWith('a:')) filter.author = slug
    else if (part.startsWith('c:')) filter.category = slug
    else filter.tag = slug
  }
  return filter
}

/**
 * Every state of an index that has entries to show, each prerendered: the unfiltered index,
 * each category, tag and author, and each category-and-tag pair that some entry has, in
 * both orders and on every page. `totals`: how many entries each filter key shows.
 */
export function indexStatesFrom(totals: ReadonlyMap<string, number>, perPage: number): IndexState[] {
  const states: IndexState[] = []
  for (const [key, total] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    if (key !== '' && !total) continue
    const filter = filterFromKey(key)
    for (const sort of ['newest', 'oldest'] as const) {
      for (let page = 1; page <= pageCountFor(total, perPage); page++) states.push({ ...filter, sort, page })
    }
  }
  return states
}

/** `indexStatesFrom` for a list of entries (the server has the totals already: listingIndexLists). */
export function allIndexStates(entries: readonly IndexEntry[], perPage: number): IndexState[] {
  const totals = new Map<string, number>([['', 0]])
  for (const entry of entries) for (const key of entryFilterKeys(entry)) totals.set(key, (totals.get(key) ?? 0) + 1)
  return indexStatesFrom(totals, perPage)
}
