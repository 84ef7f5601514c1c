import { backToTop } from '~/utils/back-to-top'
import { markLinkStates, onPageRoute } from '~/utils/link-state'

/**
 * The footer and the announcement banner never hydrate (components/site/SiteLayout.vue): their
 * thirty-odd components were hydrated on every load for two things only the browser does with
 * them, done here instead:
 * - their links' current marks (`aria-current`, the router classes) follow the page on
 *   screen: the server's footer stays in place through in-app navigations, and nothing else
 *   would update it. Only the regions the server wrote (`data-static-region`) are marked; a
 *   footer the browser draws itself (on an error page) is a live component and marks its own.
 * - the footer's "Back to top" button (`data-back-to-top`), answered by one listener on the
 *   document, for the server's footer and a drawn one alike.
 * Links in them navigate inside the app through plugins/static-links.client.ts, as those of
 * blocks that never hydrate do.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter()
  const regions = [...document.querySelectorAll('[data-static-region]')]
  nuxtApp.hook('page:finish', () => {
    const route = router.currentRoute.value
    for (const region of regions) if (region.isConnected) markLinkStates(region, route.path, onPageRoute(router, route))
  })

  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-back-to-top]')) backToTop()
  })
})
