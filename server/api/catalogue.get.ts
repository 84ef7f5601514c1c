import type { CatalogueGroup } from '#shared/schema'

export default defineEventHandler(async (): Promise<CatalogueGroup[]> => withContent(async () => {
  if (!catalogueEnabled()) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  return buildCatalogue(await useContent())
}))
