import { isFileHref } from '#shared/utils/href'

/**
 * Links to the site's own pages are plain `<a>` elements (components/ui/UiLink.vue), and those
 * of blocks that never hydrate are the server's HTML. This keeps them inside the app, as
 * VitePress's router does for every link: a plain left click on a link to one of the site's
 * pages navigates client-side (page transition, no full reload), and pointing at or focusing
 * one fetches that page's code and data ahead. RouterLinks (the header's, the footer's) and
 * NuxtLinks (search results) handle their own clicks first: they call preventDefault.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter()

  /** Where a link leads, if it is a page of this app: not a file, another site or a new tab. */
  function appUrl(target: EventTarget | null): URL | undefined {
    const link = target instanceof Element ? target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement)) return undefined
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return undefined
    const url = new URL(link.href, window.location.href)
    if (url.origin !== window.location.origin) return undefined
    // Files (feeds, PDFs, images) are not pages of the app.
    if (isFileHref(url.pathname)) return undefined
    return url
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const url = appUrl(event.target)
    if (!url) return
    // A jump within the page stays the browser's: it scrolls and moves focus by itself.
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return
    event.preventDefault()
    void nuxtApp.runWithContext(() => navigateTo(url.pathname + url.search + url.hash))
  })

  const warmed = new Set<string>()
  const warm = (event: Event) => {
    const pathname = appUrl(event.target)?.pathname
    if (!pathname || warmed.has(pathname) || pathname === window.location.pathname) return
    warmed.add(pathname)
    void nuxtApp.runWithContext(() => Promise.all([preloadRouteComponents(pathname, router), preloadPayload(pathname)])).catch(() => warmed.delete(pathname))
  }
  document.addEventListener('pointerover', warm, { passive: true })
  document.addEventListener('focusin', warm)
})
