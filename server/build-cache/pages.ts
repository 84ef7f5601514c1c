import { createHash } from 'node:crypto'
import { join } from 'node:path'
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
 */
const bypass = 'x-kestrel-page-cache'
const prerenderHeader = 'x-nitro-prerender'
/** What the prerenderer reads from an answer besides its body. */
const replayed = ['content-type', prerenderHeader]

export default defineEventHandler(async (event) => {
  const pages = config?.pages
  if (!pages || event.method !== 'GET' || getRequestHeader(event, bypass)) return
  const route = getRequestHeader(event, prerenderHeader)
  if (!route || route !== event.path || event.path.startsWith('/_ipx/')) return

  const key = createHash('sha256').update(event.path).digest('hex')
  const file = join(pages.dir, key.slice(0, 2), key)
  let hit = await loadResponse(file)
  if (!hit) {
    const response = await event.fetch(event.path, { headers: { [prerenderHeader]: route, [bypass]: '1' }, redirect: 'manual' })
    if (response.status !== 200 || response.redirected) return // Rendered again, as it would have been.
    const headers: Record<string, string> = {}
    for (const name of replayed) {
      const value = response.headers.get(name)
      if (value !== null) headers[name] = value
    }
    hit = { headers, data: Buffer.from(await response.arrayBuffer()) }
    await storeResponse(file, hit)
  }
  setResponseHeaders(event, hit.headers)
  return hit.data
})
