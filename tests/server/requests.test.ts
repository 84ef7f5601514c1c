import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './server'
import type { RunningServer } from './server'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({})
})
afterAll(() => server?.stop())

/** Sends a raw path (no normalisation by fetch), returning the status code. */
async function status(path: string, init: RequestInit = {}) {
  return (await fetch(server.url + path, { redirect: 'manual', ...init })).status
}

describe('bad requests to the Node server', () => {
  it('answer path traversal, broken encodings and odd paths with 4xx, never 5xx or a file', async () => {
    const paths = [
      '/..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/_ipx/w_400/..%2f..%2fpackage.json', '/_ipx/w_400/%2e%2e/%2e%2e/nuxt.config.ts',
      '/%c0%ae%c0%ae/', '/%ff', '/research/%E0%A4%A', '/api/page?path=%ff', '/api/page?path=/%c0', '/api/collections/%ff',
      `/api/page?path=/${'b'.repeat(600)}`, `/${'a'.repeat(7000)}`, '/api/preview?path=%00',
    ]
    for (const path of paths) {
      const response = await fetch(server.url + path, { redirect: 'manual' })
      expect(response.status, path.slice(0, 60)).toBeGreaterThanOrEqual(400)
      expect(response.status, path.slice(0, 60)).toBeLessThan(500)
      expect(await response.text(), path.slice(0, 60)).not.toMatch(/root:x:0|defineNuxtConfig|"name": "kestrel/)
    }
  })

  it('refuse methods other than GET and HEAD', async () => {
    // node:http rather than fetch, which will not send some of these methods at all.
    const send = (method: string) => new Promise<{ status: number, allow?: string }>((done, fail) => {
      request(`${server.url}/about`, { method }, (res) => {
        res.resume()
        done({ status: res.statusCode!, allow: res.headers.allow })
      }).on('error', fail).end()
    })
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'TRACE', 'CONNECT-ISH']) {
      const response = await send(method).catch(() => ({ status: 400, allow: 'GET, HEAD' }))
      expect(response.status, method).toBeGreaterThanOrEqual(400)
      expect(response.status, method).toBeLessThan(500)
      if (response.status === 405) expect(response.allow).toBe('GET, HEAD')
    }
    expect((await send('PUT')).status).toBe(405)
    expect(await status('/about', { method: 'HEAD' })).toBe(200)
  })

  it('refuse huge headers', async () => {
    expect(await status('/', { headers: { 'x-big': 'x'.repeat(20_000) } })).toBe(431)
  })

  it('echo an unknown collection\'s name short and without markup', async () => {
    const name = `<img src=x onerror=alert(1)>${'long'.repeat(100)}`
    const response = await fetch(`${server.url}/api/collections/${encodeURIComponent(name)}`)
    expect(response.status).toBe(404)
    const body = await response.text()
    expect(body).not.toMatch(/[<>]|onerror=/)
    expect(body).toContain('No collection \\"imgsrcxonerroralert1longlonglonglonglong\\"')
  })

  it('render 404 pages without writing the requested URL into the logs', async () => {
    const marker = `/no-such-page-${'q'.repeat(40)}`
    expect(await status(marker)).toBe(404)
    expect(server.output()).not.toContain(marker)
  })
})

describe('images on the Node server', () => {
  it('resizes every variant a page names, version modifier included', async () => {
    const html = await (await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).text()
    const urls = [...new Set([...html.matchAll(/\/_ipx\/[^"\s,]+/g)].map(m => m[0].replace(/&amp;/g, '&')))]
    expect(urls.length).toBeGreaterThan(2)
    for (const url of urls) {
      expect(url).toMatch(/^\/_ipx\/w_\d+&f_webp&v_[0-9a-f]{10}\//)
      const response = await fetch(server.url + url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type'), url).toBe('image/webp')
      // Versioned URLs never change content: kept for a year.
      expect(response.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable')
    }
  })

  it('makes no variant the site does not use: other sizes, formats, modifiers or queries are 404', async () => {
    const html = await (await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).text()
    const used = /\/_ipx\/w_(\d+)&f_webp&(v_[0-9a-f]{10})(\/images\/[^"\s,]+)/.exec(html.replace(/&amp;/g, '&'))!
    const [, width, version, src] = used
    const refused = [
      `/_ipx/enlarge&s_8192x8192&f_png${src}`, `/_ipx/w_3199&f_webp&${version}${src}`, `/_ipx/w_${width}&f_png&${version}${src}`,
      `/_ipx/w_${width}&f_webp&v_0000000000${src}`, `/_ipx/w_${width}&f_webp&${version}&q_100${src}`,
      `/_ipx/w_${width}&f_webp&${version}${src}?w=8000`, `/_ipx/_${src}`, `/_ipx/w_${width}&f_webp&${version}/images/no-such.webp`,
    ]
    for (const path of refused) {
      const response = await fetch(server.url + path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type'), path).not.toMatch(/^image\//)
    }
    expect((await fetch(`${server.url}/_ipx/w_${width}&f_webp&${version}${src}`)).status).toBe(200)
  })
})

describe('images on a busy Node server', () => {
  it('encodes a bounded number at once and turns the rest away with 503 and Retry-After', async () => {
    const busy = await startServer({ SITE_IMAGE_TRANSFORMS: '1', SITE_IMAGE_QUEUE: '1' })
    try {
      const html = await (await fetch(`${busy.url}/research`, { headers: { accept: 'text/html' } })).text()
      const urls = [...new Set([...html.replace(/&amp;/g, '&').matchAll(/\/_ipx\/w_(?:1600|2400|3200)&[^"\s,]+/g)].map(m => m[0]))]
      expect(urls.length).toBeGreaterThan(4)
      const responses = await Promise.all(urls.map(url => fetch(busy.url + url)))
      const statuses = responses.map(r => r.status)
      // One encodes, one waits: every other request that arrives meanwhile is refused.
      expect(statuses.filter(s => s === 200).length).toBeGreaterThanOrEqual(2)
      expect(statuses.filter(s => s === 503).length).toBeGreaterThan(0)
      expect(statuses.every(s => s === 200 || s === 503)).toBe(true)
      expect(responses.find(r => r.status === 503)!.headers.get('retry-after')).toBe('1')
      // Slots come back: asked one at a time, all of them are made.
      for (const url of urls) expect((await fetch(busy.url + url)).status, url).toBe(200)
    }
    finally {
      await busy.stop()
    }
  })
})
