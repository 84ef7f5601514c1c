import { contentSecurityPolicy, inlineScriptHashes } from '../security/headers.mjs'

// Every HTML page gets a Content-Security-Policy that allows its own inline scripts by hash
// (Nuxt's runtime config) and nothing else inline. The other headers, HSTS included, come
// from server/middleware/security-headers.ts on every response.
// An export keeps no headers: `npm run generate` writes them, with the hashes read from the
// exported files, to public/_headers. So the prerenderer skips the per-page scan.
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.prerender) return
  nitroApp.hooks.hook('render:response', (response) => {
    if (typeof response.body !== 'string' || !/^\s*<!DOCTYPE html/i.test(response.body)) return
    response.headers = { ...response.headers, 'content-security-policy': contentSecurityPolicy(inlineScriptHashes(response.body)) }
  })
})
