import { slugify } from './slug'

/**
 * The state of an index page (/research, /blog) lives in its path, so that every state is a
 * real page of the static export: /research/category/interpretability/oldest/page/2.
 * One filter at a time (a category or a tag), then the order, then the page number.
 */
export interface IndexState {
  filter?: { kind: 'category' | 'tag', slug: string }
  sort: 'newest' | 'oldest'
  page: number
}

/** What filtering, sorting and paging need to know about an entry. */
export interface IndexEntry {
  date: string
  title: string
  category?: string
  tags: string[]
}

export interface Facet {
  kind: 'category' | 'tag'
  label: string
  slug: string
  count: number
}

export interface IndexQueryResult<E> {
  items: E[]
  /** Entries that match the filter, on every page. */
  total: number
  pageCount: number
}

/** Path segments an index reserves below its own path; no entry of the collection may use them. */
export const reservedIndexSegments = ['category', 'tag', 'oldest', 'page'] as const

export const defaultIndexState: IndexState = { sort: 'newest', page: 1 }

/** The path of a state: the base path plus only what differs from the default. */
export function indexStatePath(base: string, state: IndexState): string {
  let path = base === '/' ? '' : base
  if (state.filter) path += `/${state.filter.kind}/${state.filter.slug}`
  if (state.sort === 'oldest') path += '/oldest'
  if (state.page > 1) path += `/page/${state.page}`
  return path || '/'
}

/**
 * Reads the part of a path after the index's own path (`/tag/language/page/2`).
 * Returns undefined for anything that is not the canonical form of a state, so that
 * `/page/1`, `/page/02` or a repeated segment is a 404 rather than a duplicate page.
 */
export function parseIndexStatePath(suffix: string): IndexState | undefined {
  const match = /^(?:\/(category|tag)\/([a-z0-9]+(?:-[a-z0-9]+)*))?(\/oldest)?(?:\/page\/([1-9]\d{0,5}))?$/.exec(suffix)
  if (!match) return undefined
  const [, kind, slug, oldest, page] = match
  const state: IndexState = { sort: oldest ? 'oldest' : 'newest', page: page ? Number(page) : 1 }
  if (page === '1') return undefined
  if (kind && slug) state.filter = { kind: kind as 'category' | 'tag', slug }
  return state
}

function matches(entry: IndexEntry, filter: IndexState['filter']): boolean {
  if (!filter) return true
  if (filter.kind === 'category') return entry.category !== undefined && slugify(entry.category) === filter.slug
  return entry.tags.some(tag => slugify(tag) === filter.slug)
}

/** Newest first (or oldest first); same-day entries in title order so the result never depends on file order. */
export function compareByDate(sort: IndexState['sort']) {
  return (a: IndexEntry, b: IndexEntry): number =>
    (sort === 'newest' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)) || a.title.localeCompare(b.title)
}

/** How many pages `total` entries fill: at least one, so an empty index still has its first page. */
export const pageCountFor = (total: number, perPage: number): number => Math.max(1, Math.ceil(total / perPage))

/** Filters, sorts and pages entries. A page past the end returns no items (the caller answers 404). */
export function queryIndex<E extends IndexEntry>(entries: readonly E[], state: IndexState, perPage: number): IndexQueryResult<E> {
  const matching = entries.filter(e => matches(e, state.filter)).sort(compareByDate(state.sort))
  const pageCount = pageCountFor(matching.length, perPage)
  const start = (state.page - 1) * perPage
  return { items: matching.slice(start, start + perPage), total: matching.length, pageCount }
}

/** Every category and tag used by the entries, with counts; labels are those of the newest entry using them. */
export function indexFacets(entries: readonly IndexEntry[]): { categories: Facet[], tags: Facet[] } {
  const collect = (kind: Facet['kind'], labels: (e: IndexEntry) => string[]): Facet[] => {
    const bySlug = new Map<string, Facet>()
    for (const entry of [...entries].sort(compareByDate('newest'))) {
      for (const label of new Set(labels(entry))) {
        const slug = slugify(label)
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

/** Every state of an index that has entries to show: each is prerendered. */
export function allIndexStates(entries: readonly IndexEntry[], perPage: number): IndexState[] {
  const { categories, tags } = indexFacets(entries)
  const filters: Array<IndexState['filter']> = [undefined, ...[...categories, ...tags].map(f => ({ kind: f.kind, slug: f.slug }))]
  const states: IndexState[] = []
  for (const filter of filters) {
    const { pageCount } = queryIndex(entries, { filter, sort: 'newest', page: 1 }, perPage)
    for (const sort of ['newest', 'oldest'] as const) {
      for (let page = 1; page <= pageCount; page++) states.push(filter ? { filter, sort, page } : { sort, page })
    }
  }
  return states
}
