import type { ComputedRef } from 'vue'

/** Whether the next page is being fetched; set by usePageTransition's router hooks. */
export function usePageLoading(): { loading: ComputedRef<boolean> } {
  const store = useSiteStore()
  return { loading: computed(() => store.loading) }
}
