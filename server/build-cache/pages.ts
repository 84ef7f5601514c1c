import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { H3Event } from 'h3'
import config from '#kestrel-export-cache'
import { loadResponse, storeResponse } from './store'

/**
 * During `nuxt generate` only: every route the prerenderer asks for (pages, their
 * `_payload.json`, feeds, sitemap) is kept on disk, in a folder named after the export's
 * fingerprint (every source, content and public file, the lockfile, the build's id and the
 * environment that shapes the output; see modules/export-cache.ts). A second export from the
 * same fingerprint copies each answer instead of rendering it again; any change at all starts
 * a new folder, so a page is never served from a cache built with other content or code.
 *
 * Only the prerenderer's own requests are cached (it names the route in `x-nitro-prerender`),
 * not the fetches a page makes while it renders. Only 200 answers are kept: errors and
 * redirects are rendered each time, so they fail the export or redirect as they would have.
 *
 * A miss costs nothing extra: this handler lets the request go on to the page's own handler,
 * and server/build-cache/pages-store.ts keeps what that handler answered once it has been
 * sent. (Asking the app again from here, as a sub-request, took every miss through every
 * middleware twice and copied its body: 1 to 7 s of a 40 s prerender of 1,000 pages.)
 */
const prerenderHeader = 'x-nitro-prerender'
/** What the prerenderer reads from an answer besides its body. */
const replayed = ['content-type', prerenderHeader]

/** Requests that missed, with the cache file their answer goes to. */
const misses = new WeakMap<H3Event, string>()

/**
 * The entries in this fingerprint's folder when the server started, read once: a miss then
 * never touches the disk (a first export of new content or code misses on every route).
 * Entries written during this export are not in it; no route is asked for twice.
 */
let known: Promise<Set<string>> | undefined
const knownEntries = (dir: string) => known ??= readdir(dir, { recursive: true }).then(
  names => new Set(names.map(name => basename(name))),
  () => new Set<string>(),
)

export default defineEventHandler(async (event) => {
  const pages = config?.pages
  if (!pages || event.method !== 'GET') return
  const route = getRequestHeader(event, prerenderHeader)
  if (!route || route !== event.path || event.path.startsWith('/_ipx/')) return

  const key = createHash('sha256').update(event.path).digest('hex')
  const file = join(pages.dir, key.slice(0, 2), key)
  const hit = (await knownEntries(pages.dir)).has(key) ? await loadResponse(file) : undefined
  if (!hit) {
    misses.set(event, file)
    return
  }
  setResponseHeaders(event, hit.headers)
  return hit.data
})

/**
 * The bytes h3 sent for a handler's answer: text and bytes as they are, plain objects as the
 * JSON h3 writes for them. Anything else (a stream, a Response) is not kept.
 */
function sentBytes(body: unknown): Buffer | undefined {
  if (typeof body === 'string') return Buffer.from(body)
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  if (body !== null && typeof body === 'object' && (Array.isArray(body) || Object.getPrototypeOf(body) === Object.prototype)) return Buffer.from(JSON.stringify(body))
  return undefined
}

/** After a miss has been answered: keeps a 200 answer for the next export. */
export async function keepAnswer(event: H3Event, body: unknown): Promise<void> {
  const file = misses.get(event)
  if (!file) return
  misses.delete(event)
  const data = event.node.res.statusCode === 200 ? sentBytes(body) : undefined
  if (!data) return // Rendered again next time, as it would have been.
  const headers: Record<string, string> = {}
  for (const name of replayed) {
    const value = event.node.res.getHeader(name)
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  await storeResponse(file, { headers, data })
}
