import type { RouterConfig } from 'nuxt/schema'

/**
 * Static hosts often send /about to /about/. The page was prerendered as /about, and Nuxt,
 * finding the address and the payload's path different, replaces the route once the page has
 * hydrated: a second navigation, which moved focus into the content and fetched the page's
 * data again. The address is set back to the page's own (a history entry replaced, no request)
 * before the router reads it; Nuxt's own history is used as always.
 */
export default {
  history: () => {
    if (import.meta.client) {
      const { pathname, search, hash } = window.location
      if (pathname.length > 1 && pathname.endsWith('/')) {
        window.history.replaceState(window.history.state, '', pathname.replace(/\/+$/, '') + search + hash)
      }
    }
    return null
  },
} satisfies RouterConfig
