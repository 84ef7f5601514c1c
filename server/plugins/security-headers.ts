import { inlineScriptHashes, securityHeaders } from '../../scripts/security-headers.mjs'

// Every HTML page gets a Content-Security-Policy that allows its own inline scripts by hash
// (Nuxt's runtime config) and nothing else inline; HSTS only when served over HTTPS.
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const html = typeof response.body === 'string' && /^\s*<!DOCTYPE html/i.test(response.body)
    response.headers = {
      ...response.headers,
      ...securityHeaders({ scriptHashes: html ? inlineScriptHashes(response.body as string) : [], https: isHttps(event), html }),
    }
  })
})
