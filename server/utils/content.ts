import { readFile } from 'node:fs/promises'
import { deserialize } from 'node:v8'
import images from '#content-images'
import snapshot from '#content-snapshot'
import { createRepository } from '../content/repository'
import type { ContentRepository } from '../content/repository'
import { validateContent } from '../content/validate'
import type { ValidatedContent } from '../content/validate'

// The content is read and validated once per server process (the export's prerender workers
// take it from the build instead, already validated). In dev, every request first
// compares a fingerprint of the files (names, sizes, modification times), so a save is seen
// by the very next request, with no race against a file watcher.
let repository: Promise<ContentRepository> | undefined
let fingerprint = ''

async function currentFingerprint(): Promise<string> {
  const storage = useStorage('assets:content')
  const keys = (await storage.getKeys()).filter(k => k.endsWith('.json')).sort()
  const metas = await Promise.all(keys.map(async (k) => {
    const meta = await storage.getMeta(k)
    return `${k}:${meta.size ?? ''}:${meta.mtime ? new Date(meta.mtime).getTime() : ''}`
  }))
  return metas.join('|')
}

async function readText(value: unknown): Promise<string> {
  if (typeof value === 'string') return value
  if (value instanceof Uint8Array) return new TextDecoder().decode(value)
  return JSON.stringify(value)
}

async function load(): Promise<ContentRepository> {
  // The export: what the build validated a moment ago (modules/content.ts), not read again.
  if (import.meta.prerender && snapshot) return createRepository(deserialize(await readFile(snapshot)) as ValidatedContent, images)
  const storage = useStorage('assets:content')
  const keys = (await storage.getKeys()).filter(k => k.endsWith('.json'))
  const files = await Promise.all(keys.map(async key => ({
    name: key.replace(/:/g, '/'),
    text: await readText(await storage.getItemRaw(key)),
  })))
  return createRepository(validateContent(files), images)
}

export async function useContent(): Promise<ContentRepository> {
  if (import.meta.dev) {
    const now = await currentFingerprint()
    if (now !== fingerprint) {
      fingerprint = now
      repository = undefined
    }
  }
  repository ??= load().catch((error) => {
    repository = undefined
    throw error
  })
  return repository
}
