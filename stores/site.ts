import { defineStore } from 'pinia'
import type { Banner, PageTransitionName, SiteData, Theme } from '#shared/schema'

/**
 * Site-wide UI state, per request on the server and shared in the browser.
 * Page content stays in the useAsyncData payload; only what the shell needs lives here.
 */
export const useSiteStore = defineStore('site', () => {
  /** Site settings and navigation, fetched once (see useSiteData). */
  const data = ref<SiteData | null>(null)
  /** True from the moment a navigation starts until the next page has rendered. */
  const loading = ref(false)
  /**
   * Whether drafts are being previewed. The preview token itself is never kept here:
   * store state is serialized into the page payload, and the token must not be.
   */
  const preview = ref(false)
  /** Theme of the page on screen; also the document background. */
  const theme = ref<Theme>('white')

  /** The page on screen's own announcement banner (false: none); undefined shows the site's. */
  const pageBanner = ref<Banner | false>()
  /** The announcement banner to show: the page's own, or the site's (site.json `cta`). */
  const cta = computed(() => (pageBanner.value === false ? undefined : pageBanner.value ?? data.value?.site.cta))

  /** How the page at `path` appears when a visitor arrives on it (`/about/` is `/about`). */
  function transitionOf(path: string): PageTransitionName {
    const page = path.length > 1 ? path.replace(/\/+$/, '') : path
    return data.value?.transitions[page] ?? 'simple'
  }

  /** Fetches the site data unless it is here already; `read` replaces the fetch (on the server). */
  async function loadSiteData(read: () => Promise<SiteData> = () => $fetch<SiteData>('/api/site.json')): Promise<void> {
    if (!data.value) data.value = await read()
  }

  return { data, loading, preview, theme, pageBanner, cta, transitionOf, loadSiteData }
})
