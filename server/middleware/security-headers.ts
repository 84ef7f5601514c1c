import { securityHeaders } from '../security/headers.mjs'

// Headers every response carries, JSON and feeds included; pages add their CSP when they render
// (server/plugins/security-headers.ts).
export default defineEventHandler((event) => {
  setResponseHeaders(event, securityHeaders({ https: isHttps(event), html: false }))
})
