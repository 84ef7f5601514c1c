import type { PageData, SiteData } from '../schema'

/**
 * What the app's server render reads content through: functions Nitro puts on each request
 * (server/plugins/in-process-content.ts) that answer as `/api/page` and `/api/site.json`
 * answer, without sending a request through the server's own HTTP stack and writing and
 * parsing JSON for it. Errors are the same H3 errors the endpoints answer with.
 * The data is shared between requests and frozen: never change it in place.
 */
export interface InProcessContent {
  page: (path: string) => Promise<PageData>
  site: () => Promise<SiteData>
}

/** The key on `event.context`. */
export const inProcessContentKey = 'kestrelContent'
