import type { SiteData } from '#shared/schema'

// A `.json` route so that the static export holds it as a plain file: the 404 page and any
// client-only render on a static host read the navigation from it.
export default defineEventHandler((): Promise<SiteData> => siteData())
