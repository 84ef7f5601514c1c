import type { ComputedRef } from 'vue'
import type { Navigation, Site } from '#shared/schema'

export interface SiteDataState {
  site: ComputedRef<Site | undefined>
  navigation: ComputedRef<Navigation | undefined>
  /** Copyright line, e.g. "© 2019–2026 Kestrel Lab". */
  copyright: ComputedRef<string>
}

/**
 * Site settings, navigation and the copyright line, fetched once per request (and once per visit in the
 * browser, where they arrive with the first page's payload) and shared by the shell.
 */
export async function useSiteData(): Promise<SiteDataState> {
  const store = useSiteStore()
  // Read in-process while rendering on the server (see useInProcessContent), fetched in the browser.
  const inProcess = useInProcessContent()
  // callOnce runs the fetch once per request; later calls from other components reuse it.
  await callOnce('site-data', () => store.loadSiteData(inProcess?.site))
  const site = computed(() => store.data?.site)
  return {
    site,
    navigation: computed(() => store.data?.navigation),
    copyright: computed(() => {
      if (!store.data) return ''
      const { copyrightStartYear, name } = store.data.site
      const year = store.data.year
      return `© ${copyrightStartYear < year ? `${copyrightStartYear}–${year}` : year} ${name}`
    }),
  }
}
