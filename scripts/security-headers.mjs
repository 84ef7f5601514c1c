/**
 * The security headers of every response, for the Node server (server/plugins/security-headers.ts)
 * and for static hosts (`_headers` in the export, written by `npm run generate`).
 *
 * The only executable inline script a Nuxt page has is its runtime config; it is allowed by its
 * hash, never by 'unsafe-inline'. Styles need 'unsafe-inline': Vue binds style attributes (image
 * placeholders, KaTeX's measured boxes), and a style attribute cannot load anything dangerous
 * once img-src, font-src and connect-src are limited to this site.
 */
import { createHash } from 'node:crypto'

// Pages of one build share the same inline script: hash each distinct text once.
const hashCache = new Map()
function sha256Source(text) {
  let source = hashCache.get(text)
  if (!source) {
    if (hashCache.size > 100) hashCache.clear()
    hashCache.set(text, source = `'sha256-${createHash('sha256').update(text).digest('base64')}'`)
  }
  return source
}

/** SHA-256 sources for every inline `<script>` the browser would execute (not JSON or JSON-LD). */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? ''
    if (/\ssrc=/i.test(attrs)) continue
    const type = /\stype="([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase()
    if (type && type !== 'module' && type !== 'text/javascript') continue
    hashes.add(sha256Source(m[2]))
  }
  return [...hashes].sort()
}

/** The Content-Security-Policy: this site only, plus the given inline script hashes. */
export function contentSecurityPolicy(scriptHashes = []) {
  return [
    `default-src 'self'`,
    // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; no JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `media-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ')
}

/** Every security header; HSTS only when the response goes out over HTTPS. */
export function securityHeaders({ scriptHashes = [], https = false, html = true } = {}) {
  const headers = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
  }
  if (html) headers['content-security-policy'] = contentSecurityPolicy(scriptHashes)
  if (https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains'
  return headers
}

/**
 * `_headers` for static hosts (Netlify, Cloudflare Pages and others read this format): the
 * same headers on every path. Static hosts serve over HTTPS, so HSTS is included.
 */
export function headersFile(scriptHashes) {
  const lines = Object.entries(securityHeaders({ scriptHashes, https: true })).map(([k, v]) => `  ${k}: ${v}`)
  return `/*\n${lines.join('\n')}\n`
}

/** Reads the `/*` block of a `_headers` file back into a header object. */
export function parseHeadersFile(text) {
  const headers = {}
  let inBlock = false
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim()) inBlock = line.trim() === '/*'
    else if (inBlock && line.includes(':')) {
      const i = line.indexOf(':')
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim()
    }
  }
  return headers
}
