import type { SiteData } from '#shared/schema'
import { feedLinks } from '../../content/publishing'

// A `.json` route so that the static export holds it as a plain file: the 404 page and any
// client-only render on a static host read the navigation from it.
export default defineEventHandler(async (): Promise<SiteData> => withContent(async () => {
  const content = await useContent()
  return { site: content.site, navigation: content.navigation, feeds: feedLinks(content), year: new Date().getUTCFullYear() }
}))
