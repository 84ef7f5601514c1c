// Keeps each public page the Node server renders (server/utils/page-cache.ts); the
// middleware server/middleware/z-page-cache.ts answers the next request for it. Named to
// load after server/plugins/security-headers.ts (Nitro orders plugins by file name), so the
// page's CSP is already among its headers and is kept with it, not computed twice. Being the
// last render:response hook, it also hands the page on as the bytes it kept.
export default defineNitroPlugin((nitroApp) => {
  if (!pageCacheEnabled()) return
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const key = pageCacheKey(event)
    if (!key || (response.statusCode ?? 200) !== 200 || typeof response.body !== 'string') return
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(response.headers ?? {})) if (typeof value === 'string') headers[name.toLowerCase()] = value
    // A page without its CSP is never served from memory.
    if (!headers['content-security-policy']) return
    // Encoded once: this answer goes out as the same bytes the cache keeps.
    const body = Buffer.from(response.body)
    keepPage(key, { body, headers })
    response.body = body
  })
})
