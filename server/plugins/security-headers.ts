import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '../security/headers.mjs'

// Every response gets the plain security headers (HSTS over HTTPS), set on Nitro's `request`
// hook, which runs before any handler: static files (/_nuxt, /katex, /images) are served
// ahead of every middleware, so a middleware never saw them.
// Every HTML page also gets a Content-Security-Policy that allows its own inline scripts by
// hash (Nuxt's runtime config) and nothing else inline.
// An export keeps no headers: `npm run generate` writes them, with the hashes read from the
// exported files, to public/_headers. So the prerenderer skips both.
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.prerender) return
  nitroApp.hooks.hook('request', (event) => {
    setResponseHeaders(event, securityHeaders({ https: isHttps(event), html: false }))
  })
  nitroApp.hooks.hook('render:response', (response) => {
    if (typeof response.body !== 'string' || !/^\s*<!DOCTYPE html/i.test(response.body)) return
    response.headers = { ...response.headers, 'content-security-policy': contentSecurityPolicy(inlineScriptHashes(response.body)) }
  })
})
