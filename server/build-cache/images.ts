import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, normalize, sep } from 'node:path'
import images from '#kestrel-image-cache'
import { loadResponse, storeResponse } from './store'

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

export default defineEventHandler(async (event) => {
  if (!images || !event.path.startsWith('/_ipx/') || getRequestHeader(event, bypass)) return
  const pathname = event.path.split('?')[0]!
  const [, , modifiers, ...idSegments] = pathname.split('/')
  let id: string
  try {
    id = decodeURIComponent(idSegments.join('/'))
  }
  catch {
    return // Malformed: ipx answers it with its own error.
  }
  const source = normalize(join(images.publicDir, id))
  if (!source.startsWith(images.publicDir + sep)) return
  const sourceHash = await hashSource(source)
  if (!sourceHash) return // Missing source: ipx reports it, and the export fails on it.

  const key = createHash('sha256').update([images.version, modifiers, id, sourceHash].join('\n')).digest('hex')
  const file = join(images.dir, key.slice(0, 2), key)
  let hit = await loadResponse(file)
  if (!hit) {
    const response = await event.fetch(event.path, { headers: { [bypass]: '1' } })
    if (!response.ok) return // Let the real handler answer (and fail the export) as it would have.
    hit = {
      headers: { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' },
      data: Buffer.from(await response.arrayBuffer()),
    }
    await storeResponse(file, hit)
  }
  setResponseHeaders(event, hit.headers)
  return hit.data
})
