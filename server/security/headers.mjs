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
import { Parser } from 'htmlparser2'

// Pages of one build share the same inline script: hash each distinct text once. One cache per
// way of reading, since the same characters stand for other bytes in the other.
function hasher(bytesOf) {
  const cache = new Map()
  return (text) => {
    let source = cache.get(text)
    if (!source) {
      if (cache.size > 100) cache.clear()
      cache.set(text, source = `'sha256-${createHash('sha256').update(bytesOf(text)).digest('base64')}'`)
    }
    return source
  }
}
const ofText = hasher(text => text)
const ofLatin1 = hasher(text => Buffer.from(text, 'latin1'))

/**
 * The sources of the inline scripts in `html` that the page itself declares: executable ones
 * (not JSON or JSON-LD) that are children of `<head>` or `<body>`, where Nuxt and unhead put
 * theirs. A script nested in the app's markup is never allowed, so an injection there stays
 * blocked. Read with an HTML parser: text that only looks like a tag, inside an attribute or a
 * comment, is not a script.
 */
function inlineScripts(html, hash) {
  const hashes = new Set()
  const open = []
  let script
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script') {
        const type = attrs.type?.toLowerCase()
        const runs = !('src' in attrs) && (!type || type === 'module' || type === 'text/javascript')
        const parent = open.at(-1)
        script = runs && (parent === 'head' || parent === 'body') ? parser.endIndex + 1 : undefined
      }
      open.push(name)
    },
    onclosetag(name) {
      if (name === 'script' && script !== undefined) {
        hashes.add(hash(html.slice(script, parser.startIndex)))
        script = undefined
      }
      open.pop()
    },
  }, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true })
  parser.end(html)
  return [...hashes].sort()
}

/** SHA-256 sources for every inline `<script>` the browser would execute (not JSON or JSON-LD). */
export function inlineScriptHashes(html) {
  return inlineScripts(html, ofText)
}

/**
 * The same, for a page's UTF-8 bytes as read from a file. Each byte is read as one character
 * (latin1), which is a copy where decoding UTF-8 is not, and each script is hashed over its own
 * bytes. Tags and attributes are ASCII, so they read the same either way.
 */
export function inlineScriptHashesOfBytes(bytes) {
  return inlineScripts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), ofLatin1)
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
