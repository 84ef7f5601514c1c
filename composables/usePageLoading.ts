import type { ComputedRef } from 'vue'

/** Whether the next page is being fetched; set by plugins/page-transitions.client.ts. */
export function usePageLoading(): { loading: ComputedRef<boolean> } {
  const store = useSiteStore()
  return { loading: computed(() => store.loading) }
}
