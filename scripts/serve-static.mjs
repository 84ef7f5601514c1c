/**
 * `npm run serve`: serves the static export the way a static host or CDN does — `/about`
 * from `about/index.html`, unknown paths with `404.html` and status 404, text compressed,
 * hashed assets cached for a year — with no dependencies. Also used by the browser tests
 * and by `npm run bench:pages` (Lighthouse).
 *
 * Text is compressed once per file and encoding, as a host that serves precompressed files
 * does (Brotli at its highest quality), and kept in memory up to a bound: compressing the
 * 215 KB entry chunk at that quality takes about 0.65 s here, which every request of every
 * browser test used to wait for. Past the bound, files are compressed on each request at
 * the quality CDNs use on the fly.
 *
 * `{ compression: 'per-request' }` compresses every response as it is sent, at Brotli's
 * highest quality, as this server did before: `npm run bench:pages` measures that way so its
 * Lighthouse figures stay comparable (see its header).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { parseHeadersFile } from '../server/security/headers.mjs'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
}

const compressible = /^(?:text\/|application\/(?:json|xml)|image\/svg)/

// whole: once per file, kept (highest quality); onTheFly: past the cache's bound; perRequest:
// the `per-request` mode, with zlib's defaults as this server always used (Brotli 11, gzip 6).
const compressors = {
  br: { whole: promisify(brotliCompress), onTheFly: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), perRequest: () => createBrotliCompress() },
  gzip: { whole: promisify(gzip), onTheFly: () => createGzip({ level: 6 }), perRequest: () => createGzip() },
}
const cacheLimit = 128 * 1024 * 1024
/** `${encoding}:${file}` -> the file's compressed bytes, for the file's size and mtime then. */
const compressed = new Map()
let cachedBytes = 0

/** The file compressed with `encoding`, from the cache or compressed now; undefined past the bound. */
function compressedBody(file, info, encoding) {
  const key = `${encoding}:${file}`
  const hit = compressed.get(key)
  if (hit && hit.size === info.size && hit.mtimeMs === info.mtimeMs) return hit.bytes
  if (hit) {
    compressed.delete(key)
    hit.bytes.then(out => cachedBytes -= out.length, () => {})
  }
  if (cachedBytes + info.size > cacheLimit) return undefined
  const bytes = readFile(file).then(data => compressors[encoding].whole(data)).then((out) => {
    cachedBytes += out.length
    return out
  })
  // A failed read or compression is not kept: the next request tries again.
  bytes.catch(() => {
    if (compressed.get(key)?.bytes === bytes) compressed.delete(key)
  })
  compressed.set(key, { size: info.size, mtimeMs: info.mtimeMs, bytes })
  return bytes
}

async function send(req, res, status, file, info, type, siteHeaders, perRequest) {
  const headers = { ...siteHeaders, 'content-type': type }
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  // Nuxt's build assets and image variants never change under the same name.
  headers['cache-control'] = /^\/(?:_nuxt|_ipx)\//.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate'
  const accept = String(req.headers['accept-encoding'] ?? '')
  let encoding
  if (compressible.test(type)) {
    headers.vary = 'accept-encoding'
    encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined
    if (encoding) headers['content-encoding'] = encoding
  }
  const whole = encoding && !perRequest && compressedBody(file, info, encoding)
  if (whole) {
    const bytes = await whole.catch(() => undefined)
    if (!bytes) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('Could not read the file')
      return
    }
    res.writeHead(status, { ...headers, 'content-length': bytes.length })
    res.end(req.method === 'HEAD' ? undefined : bytes)
    return
  }
  res.writeHead(status, encoding ? headers : { ...headers, 'content-length': info.size })
  if (req.method === 'HEAD') res.end()
  else if (encoding) createReadStream(file).pipe(perRequest ? compressors[encoding].perRequest() : compressors[encoding].onTheFly()).pipe(res)
  else createReadStream(file).pipe(res)
}

/** The file's stat if it is a file, else undefined. */
async function fileInfo(path) {
  try {
    const info = await stat(path)
    return info.isFile() ? info : undefined
  }
  catch {
    return undefined
  }
}

/** Starts the server; resolves with its base URL. */
export async function serveStatic(root, port = 0, { compression = 'once' } = {}) {
  const perRequest = compression === 'per-request'
  const base = resolve(root)
  // The headers a static host would add from the export's `_headers` file (CSP and the rest).
  const headersPath = join(base, '_headers')
  const siteHeaders = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : {}
  const notFound = join(base, '404.html')
  const server = createServer(async (req, res) => {
    // A static host serves files: it answers GET and HEAD, and nothing else.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...siteHeaders, 'allow': 'GET, HEAD', 'content-type': 'text/plain' }).end('Method not allowed')
      return
    }
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    }
    catch {
      res.writeHead(400).end('Bad request')
      return
    }
    const target = normalize(join(base, pathname))
    if (target !== base && !target.startsWith(base + sep)) {
      res.writeHead(400).end('Bad request')
      return
    }
    // Hosts read `_headers`; they never serve it.
    const candidates = target === headersPath ? [] : [target, join(target, 'index.html'), `${target}.html`]
    for (const file of candidates) {
      const info = await fileInfo(file)
      if (info) {
        // The not-found page keeps its status when asked for by name (`/404`).
        await send(req, res, file === notFound ? 404 : 200, file, info, types[extname(file)] ?? 'application/octet-stream', siteHeaders, perRequest)
        return
      }
    }
    const notFoundInfo = await fileInfo(notFound)
    if (notFoundInfo) await send(req, res, 404, notFound, notFoundInfo, types['.html'], siteHeaders, perRequest)
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
  })
  await new Promise(done => server.listen(port, '127.0.0.1', done))
  const address = server.address()
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise(done => server.close(done)) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveStatic(process.argv[2] ?? '.output/public', Number(process.env.PORT ?? 4173))
  console.log(`Serving ${process.argv[2] ?? '.output/public'} at ${url}`)
}
