import type { PageData } from '#shared/schema'

export default defineEventHandler((event): Promise<PageData> => pageData(event, getQuery(event).path))
