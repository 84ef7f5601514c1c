/**
 * Dev only: when a content file is saved, refetch the open page and the navigation, show
 * any content error in place, and recover on the next valid save. No restart, no reload.
 */
export default defineNuxtPlugin(() => {
  if (!import.meta.dev || !import.meta.hot) return
  const store = useSiteStore()
  import.meta.hot.on('kestrel:content-changed', async () => {
    store.data = null
    await store.loadSiteData().catch(() => undefined)
    if (useError().value) {
      // The page is showing an error: drop stale data and render the route afresh.
      clearNuxtData()
      await clearError()
      return
    }
    await refreshNuxtData()
  })
})
