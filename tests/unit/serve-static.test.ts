import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../scripts/serve-static.mjs'

interface Answer { status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', chunk => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    }).on('error', reject).end()
  })
}

describe('the static server of the export (npm run serve, browser tests, Lighthouse)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-static-'))
  const script = `console.log(${JSON.stringify('a line of a script that compresses well. '.repeat(400))})`
  let server: { url: string, close: () => Promise<void> }
  beforeAll(async () => {
    mkdirSync(join(dir, '_nuxt'))
    mkdirSync(join(dir, 'about'))
    writeFileSync(join(dir, '_nuxt/entry.js'), script)
    writeFileSync(join(dir, 'about/index.html'), '<h1>About</h1>')
    writeFileSync(join(dir, '404.html'), '<h1>Not here</h1>')
    writeFileSync(join(dir, 'logo.webp'), Buffer.from([1, 2, 3, 4]))
    writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n')
    server = await serveStatic(dir)
  })
  afterAll(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers only GET and HEAD, as a static host does', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'PROPFIND']) {
      const answer = await get(`${server.url}/about`, {}, method)
      expect(answer.status, method).toBe(405)
      expect(answer.headers.allow, method).toBe('GET, HEAD')
    }
    expect((await get(`${server.url}/about`, {}, 'HEAD')).status).toBe(200)
  })

  it('serves the not-found page with 404 also when it is asked for by name', async () => {
    for (const path of ['/404', '/404.html', '/no-such-page']) {
      const answer = await get(`${server.url}${path}`)
      expect(answer.status, path).toBe(404)
      expect(answer.body.toString(), path).toBe('<h1>Not here</h1>')
    }
  })

  it('sends text compressed as the browser asks, the same bytes every time, with its length', async () => {
    const first = await get(`${server.url}/_nuxt/entry.js`, { 'accept-encoding': 'gzip, deflate, br' })
    expect(first.headers['content-encoding']).toBe('br')
    expect(first.headers.vary).toBe('accept-encoding')
    expect(Number(first.headers['content-length'])).toBe(first.body.length)
    expect(first.body.length).toBeLessThan(script.length / 10)
    expect(brotliDecompressSync(first.body).toString()).toBe(script)
    const again = await get(`${server.url}/_nuxt/entry.js`, { 'accept-encoding': 'br' })
    expect(again.body.equals(first.body)).toBe(true)
    expect(again.headers['cache-control']).toContain('immutable')

    const gzipped = await get(`${server.url}/_nuxt/entry.js`, { 'accept-encoding': 'gzip' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).toString()).toBe(script)
    const plain = await get(`${server.url}/_nuxt/entry.js`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
    expect(Number(plain.headers['content-length'])).toBe(script.length)
  })

  it('sends a file changed since it was compressed as it is now', async () => {
    writeFileSync(join(dir, 'about/index.html'), '<h1>About us</h1>')
    expect(brotliDecompressSync((await get(`${server.url}/about`, { 'accept-encoding': 'br' })).body).toString()).toBe('<h1>About us</h1>')
    writeFileSync(join(dir, 'about/index.html'), '<h1>About the lab, longer now</h1>')
    const changed = await get(`${server.url}/about`, { 'accept-encoding': 'br' })
    expect(brotliDecompressSync(changed.body).toString()).toBe('<h1>About the lab, longer now</h1>')
    expect(changed.headers['x-frame-options']).toBe('DENY')
    expect(changed.headers['cache-control']).toContain('must-revalidate')
  })

  it('keeps the compressed bytes while the file\'s size and modification time stay the same', async () => {
    const file = join(dir, 'kept.html')
    // A whole second, which every file system stores exactly.
    const mtime = 1_700_000_000
    writeFileSync(file, '<p>first</p>')
    utimesSync(file, mtime, mtime)
    expect(brotliDecompressSync((await get(`${server.url}/kept.html`, { 'accept-encoding': 'br' })).body).toString()).toBe('<p>first</p>')
    // Same length, same time: the server answers from what it kept without reading the file.
    writeFileSync(file, '<p>other</p>')
    utimesSync(file, mtime, mtime)
    expect(brotliDecompressSync((await get(`${server.url}/kept.html`, { 'accept-encoding': 'br' })).body).toString()).toBe('<p>first</p>')
  })

  it('answers HEAD without a body, leaves images alone, never serves _headers, and sends 404.html for the rest', async () => {
    const head = await get(`${server.url}/about`, { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    const image = await get(`${server.url}/logo.webp`, { 'accept-encoding': 'br' })
    expect(image.headers['content-encoding']).toBeUndefined()
    expect([...image.body]).toEqual([1, 2, 3, 4])
    for (const path of ['/_headers', '/nowhere']) {
      const missing = await get(`${server.url}${path}`, { 'accept-encoding': 'gzip' })
      expect(missing.status, path).toBe(404)
      expect(gunzipSync(missing.body).toString()).toBe('<h1>Not here</h1>')
    }
  })

  it('compresses every response as it is sent when asked to (bench:pages)', async () => {
    const perRequest = await serveStatic(dir, 0, { compression: 'per-request' })
    try {
      const br = await get(`${perRequest.url}/_nuxt/entry.js`, { 'accept-encoding': 'br' })
      expect(br.headers['content-encoding']).toBe('br')
      // Streamed as it is compressed: no length known up front.
      expect(br.headers['content-length']).toBeUndefined()
      expect(br.headers['transfer-encoding']).toBe('chunked')
      expect(brotliDecompressSync(br.body).toString()).toBe(script)
      // Read afresh for every response, whatever the file's size and time say.
      const file = join(dir, 'kept.html')
      const { mtimeMs } = statSync(file)
      writeFileSync(file, '<p>third</p>')
      utimesSync(file, mtimeMs / 1000, mtimeMs / 1000)
      expect(brotliDecompressSync((await get(`${perRequest.url}/kept.html`, { 'accept-encoding': 'br' })).body).toString()).toBe('<p>third</p>')
      const gz = await get(`${perRequest.url}/_nuxt/entry.js`, { 'accept-encoding': 'gzip' })
      expect(gunzipSync(gz.body).toString()).toBe(script)
    }
    finally {
      await perRequest.close()
    }
  })
})
