import { computed, toValue } from 'vue'
import type { ComputedRef, MaybeRefOrGetter } from 'vue'
import type { EntryCard, Facet, IndexState, IndexView } from '#shared/schema'
import { indexStatePath, pageWindow } from '#shared/utils/listing-index'

export interface IndexLink {
  label: string
  /** Said after the label by screen readers only ("All" → "All categories"). */
  srSuffix?: string
  href: string
  /** Whether this link is the state on screen (`aria-current`). */
  current: boolean
  count?: number
  /** A page link after pages the pager skips: an ellipsis goes before it. */
  gapBefore?: boolean
}

export interface ListingIndexData {
  items: ComputedRef<EntryCard[]>
  /** "All", then each category with entries under the chosen tag: the tag is kept. */
  categories: ComputedRef<IndexLink[]>
  /** "All", then each tag with entries in the chosen category: the category is kept. */
  tags: ComputedRef<IndexLink[]>
  /** On an author's page: "All" and the author. */
  authors: ComputedRef<IndexLink[]>
  sorts: ComputedRef<IndexLink[]>
  /** The first, the last and the pages around the current one (`pageWindow`). */
  pages: ComputedRef<IndexLink[]>
  previous: ComputedRef<string | undefined>
  next: ComputedRef<string | undefined>
  /** The chosen filters, in the order they are read out ("In Training, tagged memory"). */
  activeFilters: ComputedRef<Facet[]>
  /** "13–14 of 14", for the live status line. */
  range: ComputedRef<string>
}

/**
 * Everything an index page (/research, /blog) shows for its state: the cards, and the links
 * to every other state. The state is the URL: the server filtered, sorted and paged the
 * entries with the same functions (shared/utils/listing-index.ts), so a prerendered page
 * never shows the wrong list before hydration, and its payload carries one page of cards.
 * A category and a tag combine; an author's page stands alone (choosing a category or tag
 * there lists the whole collection's).
 */
export function useListingIndex(view: MaybeRefOrGetter<IndexView>): ListingIndexData {
  const v = computed(() => toValue(view))
  const state = computed(() => v.value.state)
  const href = (s: IndexState) => indexStatePath(v.value.base, s)
  // A filter or an order starts again at page 1; the order is kept across filters.
  const link = (label: string, s: Omit<IndexState, 'sort' | 'page'>, current: boolean, count?: number, srSuffix?: string): IndexLink =>
    ({ label, href: href({ ...s, sort: state.value.sort, page: 1 }), current, ...(count === undefined ? {} : { count }), ...(srSuffix ? { srSuffix } : {}) })
  const kept = (kind: 'category' | 'tag') => (state.value.author ? {} : { [kind]: state.value[kind] })

  return {
    items: computed(() => v.value.items),
    categories: computed(() => [
      link('All', kept('tag'), !state.value.category && !state.value.author, undefined, ' categories'),
      ...v.value.categories.map(f => link(f.label, { ...kept('tag'), category: f.slug }, state.value.category === f.slug, f.count)),
    ]),
    tags: computed(() => (v.value.tags.length
      ? [
          link('All', kept('category'), !state.value.tag && !state.value.author, undefined, ' tags'),
          ...v.value.tags.map(f => link(f.label, { ...kept('category'), tag: f.slug }, state.value.tag === f.slug, f.count)),
        ]
      : [])),
    authors: computed(() => {
      const author = v.value.author
      return author ? [link('All', {}, false, undefined, ' authors'), link(author.label, { author: author.slug }, true, author.count)] : []
    }),
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
    activeFilters: computed(() => {
      const { category, tag } = state.value
      const found = [v.value.author, v.value.categories.find(f => f.slug === category), v.value.tags.find(f => f.slug === tag)]
      return found.filter((f): f is Facet => !!f)
    }),
    range: computed(() => {
      const { total, items, perPage } = v.value
      if (!total) return 'No entries'
      const first = (state.value.page - 1) * perPage + 1
      return `${first}–${first + items.length - 1} of ${total}`
    }),
  }
}
