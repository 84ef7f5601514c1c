import type { InProcessContent } from '#shared/types/in-process-content'
import { inProcessContentKey } from '#shared/types/in-process-content'

// The app's server render reads its page and the navigation through these functions
// (composables/useInProcessContent.ts) rather than fetching /api/page and /api/site.json
// from this same server: no second pass through the middleware, no JSON written and parsed
// again, for every page rendered and every page exported. The endpoints stay for the browser.
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    const content: InProcessContent = { page: path => pageData(event, path), site: siteData }
    event.context[inProcessContentKey] = content
  })
})
