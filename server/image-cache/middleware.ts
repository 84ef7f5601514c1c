import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import config from '#kestrel-image-cache'

/**
 * During `nuxt generate` only: every `/_ipx/...` image variant is kept on disk, keyed by the
 * URL (modifiers and source path), the bytes of the source file and the versions of ipx and
 * sharp. A later export with the same images copies each variant from the cache instead of
 * re-encoding it. A miss asks @nuxt/image's own handler (so the variant is exactly what it
 * would have made) and stores the answer.
 */
const bypass = 'x-kestrel-image-cache'
const sourceHashes = new Map<string, Promise<string | undefined>>()

function hashSource(file: string): Promise<string | undefined> {
  let hash = sourceHashes.get(file)
  if (!hash) {
    hash = readFile(file).then(
      data => createHash('sha256').update(data).digest('hex'),
      () => undefined,
    )
    sourceHashes.set(file, hash)
  }
  return hash
}

/** Writes beside the target, then renames: a crash never leaves a truncated variant in the cache. */
async function store(file: string, contentType: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await writeFile(temporary, Buffer.concat([Buffer.from(`${contentType}\n`), data]))
  await rename(temporary, file)
}

async function load(file: string): Promise<{ contentType: string, data: Buffer } | undefined> {
  const raw = await readFile(file).catch(() => undefined)
  if (!raw) return undefined
  const newline = raw.indexOf(10)
  if (newline < 1 || newline > 100) return undefined
  return { contentType: raw.subarray(0, newline).toString('utf8'), data: raw.subarray(newline + 1) }
}

export default defineEventHandler(async (event) => {
  if (!config || !event.path.startsWith('/_ipx/') || getRequestHeader(event, bypass)) return
  const pathname = event.path.split('?')[0]!
  const [, , modifiers, ...idSegments] = pathname.split('/')
  let id: string
  try {
    id = decodeURIComponent(idSegments.join('/'))
  }
  catch {
    return // Malformed: ipx answers it with its own error.
  }
  const source = normalize(join(config.publicDir, id))
  if (!source.startsWith(config.publicDir + sep)) return
  const sourceHash = await hashSource(source)
  if (!sourceHash) return // Missing source: ipx reports it, and the export fails on it.

  const key = createHash('sha256').update([config.version, modifiers, id, sourceHash].join('\n')).digest('hex')
  const file = join(config.dir, key.slice(0, 2), key)
  let hit = await load(file)
  if (!hit) {
    const response = await event.fetch(event.path, { headers: { [bypass]: '1' } })
    if (!response.ok) return // Let the real handler answer (and fail the export) as it would have.
    hit = { contentType: response.headers.get('content-type') ?? 'application/octet-stream', data: Buffer.from(await response.arrayBuffer()) }
    await store(file, hit.contentType, hit.data)
  }
  setResponseHeader(event, 'content-type', hit.contentType)
  return hit.data
})
