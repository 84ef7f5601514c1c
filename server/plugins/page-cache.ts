import { contentSecurityPolicy, inlineScriptHashes } from '../../scripts/security-headers.mjs'

// Keeps each public page the Node server renders (server/utils/page-cache.ts); the
// middleware server/middleware/z-page-cache.ts answers the next request for it.
export default defineNitroPlugin((nitroApp) => {
  if (!pageCacheEnabled()) return
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const key = pageCacheKey(event)
    if (!key || (response.statusCode ?? 200) !== 200 || typeof response.body !== 'string') return
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(response.headers ?? {})) if (typeof value === 'string') headers[name.toLowerCase()] = value
    headers['content-security-policy'] = contentSecurityPolicy(inlineScriptHashes(response.body))
    keepPage(key, { body: response.body, headers })
  })
})
