/**
 * Blocks with no behaviour are never hydrated (components/blocks/registry.ts), so their
 * links are plain `<a>` elements, not live NuxtLinks. This keeps them inside the app: a
 * plain left click on a link to one of the site's pages navigates client-side (page
 * transition, no full reload), and pointing at or focusing such a link fetches that page's
 * data ahead, as NuxtLink would. Hydrated NuxtLinks handle their own clicks first (they
 * call preventDefault), so only the static links reach this.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter()

  /** The path of a link the app itself renders, or undefined for files, other sites and new tabs. */
  function appPath(target: EventTarget | null): string | undefined {
    const link = target instanceof Element ? target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement)) return undefined
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return undefined
    const url = new URL(link.href, window.location.href)
    if (url.origin !== window.location.origin) return undefined
    // Files (feeds, PDFs, images) are not pages of the app.
    if (/\.[a-z0-9]+$/i.test(url.pathname)) return undefined
    return url.pathname + url.search + url.hash
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const path = appPath(event.target)
    if (!path) return
    const url = new URL(path, window.location.href)
    // A jump within the page stays the browser's: it scrolls and moves focus by itself.
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return
    event.preventDefault()
    void nuxtApp.runWithContext(() => navigateTo(path))
  })

  const warmed = new Set<string>()
  const warm = (event: Event) => {
    const path = appPath(event.target)
    if (!path) return
    const { pathname } = new URL(path, window.location.href)
    if (warmed.has(pathname) || pathname === window.location.pathname) return
    warmed.add(pathname)
    void nuxtApp.runWithContext(() => Promise.all([preloadRouteComponents(pathname, router), preloadPayload(pathname)])).catch(() => warmed.delete(pathname))
  }
  document.addEventListener('pointerover', warm, { passive: true })
  document.addEventListener('focusin', warm)
})
