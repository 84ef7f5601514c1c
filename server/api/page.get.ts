import type { PageData } from '#shared/schema'

export default defineEventHandler(async (event): Promise<PageData> => withContent(async () => {
  const { path } = getQuery(event)
  if (typeof path !== 'string' || !path.startsWith('/') || path.length > 512) {
    throw createError({ statusCode: 400, statusMessage: 'Query parameter "path" must be a site path' })
  }
  const preview = isPreview(event)
  // Previews are per visitor: never let a cache keep or share one.
  if (preview) setResponseHeader(event, 'cache-control', 'private, no-store')
  const page = (await useContent()).page(path, { includeDrafts: preview })
  if (!page) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  return { ...page, preview }
}))
