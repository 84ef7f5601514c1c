import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * One cached response on disk: a first line of JSON with the headers worth replaying, then the
 * body's bytes. Used by the export's image-variant cache (server/build-cache/images.ts).
 */
export interface CachedResponse {
  headers: Record<string, string>
  data: Buffer
}

/** Folders already made in this process: a cache holds thousands of entries in 256 of them. */
const made = new Set<string>()

/** Writes beside the target, then renames: a crash never leaves a truncated entry in the cache. */
export async function storeResponse(file: string, entry: CachedResponse): Promise<void> {
  const dir = dirname(file)
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true })
    made.add(dir)
  }
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(entry.headers)}\n`), entry.data]))
  await rename(temporary, file)
}

/** The entry, or undefined when there is none or it is not in this format (then it is a miss). */
export async function loadResponse(file: string): Promise<CachedResponse | undefined> {
  const raw = await readFile(file).catch(() => undefined)
  if (!raw) return undefined
  const newline = raw.indexOf(10)
  if (newline < 2) return undefined
  try {
    const headers = JSON.parse(raw.subarray(0, newline).toString('utf8')) as unknown
    if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return undefined
    if (!Object.values(headers).every(v => typeof v === 'string')) return undefined
    return { headers: headers as Record<string, string>, data: raw.subarray(newline + 1) }
  }
  catch {
    return undefined
  }
}
