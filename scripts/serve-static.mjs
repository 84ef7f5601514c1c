/**
 * `npm run serve`: serves the static export the way a static host or CDN does — `/about`
 * from `about/index.html`, unknown paths with `404.html` and status 404, text compressed,
 * hashed assets cached for a year — with no dependencies. Also used by the browser tests
 * and for Lighthouse measurements, which should see what visitors of a real host see.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { createBrotliCompress, createGzip } from 'node:zlib'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import process from 'node:process'
import { parseHeadersFile } from './security-headers.mjs'

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
  '.woff2': 'font/woff2',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
}

const compressible = /^(?:text\/|application\/(?:json|xml)|image\/svg)/

function send(req, res, status, file, type, siteHeaders) {
  const headers = { ...siteHeaders, 'content-type': type }
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  // Nuxt's build assets and image variants never change under the same name.
  headers['cache-control'] = /^\/(?:_nuxt|_ipx)\//.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate'
  const accept = String(req.headers['accept-encoding'] ?? '')
  let body = createReadStream(file)
  if (compressible.test(type)) {
    headers.vary = 'accept-encoding'
    if (/\bbr\b/.test(accept)) {
      headers['content-encoding'] = 'br'
      body = body.pipe(createBrotliCompress())
    }
    else if (/\bgzip\b/.test(accept)) {
      headers['content-encoding'] = 'gzip'
      body = body.pipe(createGzip())
    }
  }
  res.writeHead(status, headers)
  if (req.method === 'HEAD') res.end()
  else body.pipe(res)
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile()
  }
  catch {
    return false
  }
}

/** Starts the server; resolves with its base URL. */
export async function serveStatic(root, port = 0) {
  const base = resolve(root)
  // The headers a static host would add from the export's `_headers` file (CSP and the rest).
  const headersPath = join(base, '_headers')
  const siteHeaders = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : {}
  const server = createServer(async (req, res) => {
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
      if (await isFile(file)) {
        send(req, res, 200, file, types[extname(file)] ?? 'application/octet-stream', siteHeaders)
        return
      }
    }
    const notFound = join(base, '404.html')
    if (await isFile(notFound)) send(req, res, 404, notFound, types['.html'], siteHeaders)
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
