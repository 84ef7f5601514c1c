import type { EntryCard } from '#shared/schema'

export default defineEventHandler(async (event): Promise<EntryCard[]> => withContent(async () => {
  const name = getRouterParam(event, 'name') ?? ''
  const entries = (await useContent()).entries(name)
  // The name is echoed as letters, digits and dashes only, and short: never markup or a log flood.
  if (!entries.length) throw createError({ statusCode: 404, statusMessage: `No collection "${name.replace(/[^\w-]/g, '').slice(0, 40)}"` })
  return entries
}))
