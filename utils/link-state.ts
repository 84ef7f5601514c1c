/**
 * What a RouterLink writes for a plain link of this site, worked out without asking the
 * router: used by components/ui/UiLink.vue on the server, where a page has 40 to 100 links and
 * vue-router's `useLink` (five computed values and a route resolution each) was the largest
 * single cost of a render (0.7 of 10 ms for an article); and in the browser, where a NuxtLink
 * and a RouterLink for each of them were two thirds of the components hydrated on load.
 *
 * Only for plain paths, with at most a plain fragment: the router writes those unchanged, and
 * with this site's routes (`[...slug]` and `/_blocks`) it marks a link
 * - exact-active when its path is the path on screen (the fragment does not count);
 * - active when exact-active, and the home page's link whenever the page on screen is one of
 *   `[...slug]`'s, as the home page is that route with no segments.
 * Anything else (a query, an encoded or non-ASCII character) gets undefined: ask the router.
 * tests/nuxt/ui/link-state.test.ts holds this against RouterLink itself.
 */
import type { RouteLocationNormalizedLoaded, Router } from 'vue-router'
import { isFileHref, isInternalPath } from '#shared/utils/href'

export interface LinkState {
  href: string
  active: boolean
  exactActive: boolean
}

const plainLink = /^\/[\w.~/-]*(?:#[\w.~-]*)?$/

/**
 * `currentPath` is the path on screen; `onPageRoute` whether it is one of the route the home
 * page is also on (`[...slug]`), which makes the home page's link active.
 */
export function plainLinkState(href: string, currentPath: string, onPageRoute: boolean): LinkState | undefined {
  if (!plainLink.test(href)) return undefined
  const path = href.split('#', 1)[0]!
  const exactActive = path === currentPath
  return { href, exactActive, active: exactActive || (path === '/' && onPageRoute) }
}

/** For each router (one per server render, one in the browser), the route record the home page is on. */
const homeRecords = new WeakMap<Router, unknown>()

/** Whether `route` is on the route the home page is on (`[...slug]`), asked once per router. */
export function onPageRoute(router: Router, route: RouteLocationNormalizedLoaded): boolean {
  if (!homeRecords.has(router)) homeRecords.set(router, router.resolve('/').matched.at(-1))
  const record = route.matched.at(-1)
  return record !== undefined && record === homeRecords.get(router)
}

/**
 * Gives each link to a page of the site under `root` the marks UiLink would give it with
 * `currentPath` on screen: `aria-current="page"` and the two router classes. For parts of the
 * page the server wrote that never hydrate but stay on screen from page to page (the footer,
 * the announcement banner): nothing else would update them after an in-app navigation
 * (plugins/static-regions.client.ts). Links UiLink leaves to the router (a query, an encoded
 * path), files and other sites are left as they are.
 */
export function markLinkStates(root: ParentNode, currentPath: string, onPageRoute: boolean): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href')!
    if (!isInternalPath(href) || isFileHref(href)) continue
    const state = plainLinkState(href, currentPath, onPageRoute)
    if (!state) continue
    if (state.exactActive) link.setAttribute('aria-current', 'page')
    else link.removeAttribute('aria-current')
    link.classList.toggle('router-link-active', state.active)
    link.classList.toggle('router-link-exact-active', state.exactActive)
  }
}
