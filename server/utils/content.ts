import placeholders from '#content-placeholders'
import { createRepository } from '../content/repository'
import type { ContentRepository } from '../content/repository'
import { validateContent } from '../content/validate'

// The content is read and validated once per server process; in dev a watcher drops this
// so the next request sees the saved file (see plugins/content-watch.ts).
let repository: Promise<ContentRepository> | undefined

async function readText(value: unknown): Promise<string> {
  if (typeof value === 'string') return value
  if (value instanceof Uint8Array) return new TextDecoder().decode(value)
  return JSON.stringify(value)
}

async function load(): Promise<ContentRepository> {
  const storage = useStorage('assets:content')
  const keys = (await storage.getKeys()).filter(k => k.endsWith('.json'))
  const files = await Promise.all(keys.map(async key => ({
    name: key.replace(/:/g, '/'),
    text: await readText(await storage.getItemRaw(key)),
  })))
  return createRepository(validateContent(files), placeholders)
}

export function useContent(): Promise<ContentRepository> {
  repository ??= load().catch((error) => {
    repository = undefined
    throw error
  })
  return repository
}

export function invalidateContent(): void {
  repository = undefined
}
