import type { PageData } from '#shared/schema'

export default defineEventHandler(async (event): Promise<PageData> => withContent(async () => {
  const { path } = getQuery(event)
  if (typeof path !== 'string' || !path.startsWith('/') || path.length > 512) {
    throw createError({ statusCode: 400, statusMessage: 'Query parameter "path" must be a site path' })
  }
  const page = (await useContent()).page(path)
  if (!page) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  return page
}))
