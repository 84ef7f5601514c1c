import type { EntryCard } from '#shared/schema'

export default defineEventHandler(async (event): Promise<EntryCard[]> => withContent(async () => {
  const name = getRouterParam(event, 'name') ?? ''
  const entries = (await useContent()).entries(name)
  if (!entries.length) throw createError({ statusCode: 404, statusMessage: `No collection "${name}"` })
  return entries
}))
