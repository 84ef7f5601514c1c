import type { H3Event } from 'h3'
import type { PageData, SiteData } from '#shared/schema'
import { feedLinks } from '../content/publishing'

/**
 * A page ready to render, as `/api/page` answers it: drafts only in a preview (and then the
 * response must never be cached), a 400 for a path that is not one, a 404 for no page.
 */
export function pageData(event: H3Event, path: unknown): Promise<PageData> {
  return withContent(async () => {
    if (typeof path !== 'string' || !path.startsWith('/') || path.length > 512) {
      throw createError({ statusCode: 400, statusMessage: 'Query parameter "path" must be a site path' })
    }
    const preview = isPreview(event)
    // Previews are per visitor: never let a cache keep or share one.
    if (preview) setResponseHeader(event, 'cache-control', 'private, no-store')
    const page = (await useContent()).page(path, { includeDrafts: preview })
    if (!page) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
    return { ...page, preview }
  })
}

/** Site settings, navigation and feeds, as `/api/site.json` answers them. */
export function siteData(): Promise<SiteData> {
  return withContent(async () => {
    const content = await useContent()
    return { site: content.site, navigation: content.navigation, feeds: feedLinks(content), year: new Date().getUTCFullYear(), transitions: content.transitions(), navigationImages: content.navigationImages() }
  })
}
