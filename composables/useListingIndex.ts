import { computed, toValue } from 'vue'
import type { ComputedRef, MaybeRefOrGetter } from 'vue'
import type { EntryCard, Facet, IndexState, IndexView } from '#shared/schema'
import { indexStatePath, pageWindow } from '#shared/utils/listing-index'

export interface IndexLink {
  label: string
  href: string
  /** Whether this link is the state on screen (`aria-current`). */
  current: boolean
  count?: number
  /** A page link after pages the pager skips: an ellipsis goes before it. */
  gapBefore?: boolean
}

export interface ListingIndexData {
  items: ComputedRef<EntryCard[]>
  /** "All", then each category: choosing one clears a tag, and goes back to page 1. */
  categories: ComputedRef<IndexLink[]>
  tags: ComputedRef<IndexLink[]>
  sorts: ComputedRef<IndexLink[]>
  /** The first, the last and the pages around the current one (`pageWindow`). */
  pages: ComputedRef<IndexLink[]>
  previous: ComputedRef<string | undefined>
  next: ComputedRef<string | undefined>
  /** The filter on screen, if any. */
  activeFilter: ComputedRef<Facet | undefined>
  /** "13–14 of 14", for the live status line. */
  range: ComputedRef<string>
}

/**
 * Everything an index page (/research, /blog) shows for its state: the cards, and the links
 * to every other state. The state is the URL: the server filtered, sorted and paged the
 * entries with the same functions (shared/utils/listing-index.ts), so a prerendered page
 * never shows the wrong list before hydration, and its payload carries one page of cards.
 */
export function useListingIndex(view: MaybeRefOrGetter<IndexView>): ListingIndexData {
  const v = computed(() => toValue(view))
  const state = computed(() => v.value.state)
  const href = (s: IndexState) => indexStatePath(v.value.base, s)
  const sameFilter = (f: IndexState['filter']) => f?.kind === state.value.filter?.kind && f?.slug === state.value.filter?.slug
  // A filter or an order starts again at page 1; the order is kept across filters.
  const facetLinks = (facets: Facet[]): IndexLink[] => facets.map((f) => {
    const filter = { kind: f.kind, slug: f.slug }
    return { label: f.label, href: href({ filter, sort: state.value.sort, page: 1 }), current: sameFilter(filter), count: f.count }
  })

  return {
    items: computed(() => v.value.items),
    categories: computed(() => [
      { label: 'All', href: href({ sort: state.value.sort, page: 1 }), current: !state.value.filter },
      ...facetLinks(v.value.categories),
    ]),
    tags: computed(() => facetLinks(v.value.tags)),
    sorts: computed(() => (['newest', 'oldest'] as const).map(sort => ({
      label: sort === 'newest' ? 'Newest first' : 'Oldest first',
      href: href({ ...state.value, sort, page: 1 }),
      current: state.value.sort === sort,
    }))),
    pages: computed(() => pageWindow(state.value.page, v.value.pageCount).map((page, i, shown) => ({
      label: String(page),
      href: href({ ...state.value, page }),
      current: state.value.page === page,
      gapBefore: i > 0 && page - shown[i - 1]! > 1,
    }))),
    previous: computed(() => (state.value.page > 1 ? href({ ...state.value, page: state.value.page - 1 }) : undefined)),
    next: computed(() => (state.value.page < v.value.pageCount ? href({ ...state.value, page: state.value.page + 1 }) : undefined)),
    activeFilter: computed(() => {
      const filter = state.value.filter
      return filter && [...v.value.categories, ...v.value.tags].find(f => f.kind === filter.kind && f.slug === filter.slug)
    }),
    range: computed(() => {
      const { total, items, perPage } = v.value
      if (!total) return 'No entries'
      const first = (state.value.page - 1) * perPage + 1
      return `${first}–${first + items.length - 1} of ${total}`
    }),
  }
}
