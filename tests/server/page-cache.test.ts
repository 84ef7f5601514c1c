import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './server'
import type { RunningServer } from './server'

const html = { accept: 'text/html' }
let server: RunningServer
let uncached: RunningServer
beforeAll(async () => {
  ;[server, uncached] = await Promise.all([startServer({}), startServer({ SITE_PAGE_CACHE: '0' })])
})
afterAll(async () => {
  await Promise.all([server?.stop(), uncached?.stop()])
})

describe('the Node server page cache', () => {
  it('answers a page it rendered from memory, byte for byte, with the same headers', async () => {
    const first = await fetch(`${server.url}/about`, { headers: html })
    const firstBody = await first.text()
    const second = await fetch(`${server.url}/about`, { headers: html })
    expect(first.headers.get('x-page-cache')).toBeNull()
    expect(second.headers.get('x-page-cache')).toBe('hit')
    expect(await second.text()).toBe(firstBody)
    // Both answers are sent as bytes (the cache keeps the page's UTF-8): their length counts
    // bytes, not characters, on a page with non-ASCII text.
    expect(Buffer.byteLength(firstBody)).toBeGreaterThan(firstBody.length)
    expect(first.headers.get('content-length')).toBe(String(Buffer.byteLength(firstBody)))
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(firstBody)))
    for (const name of ['content-type', 'content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy']) {
      expect(second.headers.get(name), name).toBe(first.headers.get(name))
    }
    // HSTS still follows each request, not the one that filled the cache.
    const overHttps = await fetch(`${server.url}/about`, { headers: { ...html, 'x-forwarded-proto': 'https' } })
    expect(overHttps.headers.get('x-page-cache')).toBe('hit')
    expect(overHttps.headers.get('strict-transport-security')).toContain('max-age=')
  })

  it('never answers a preview, a URL with a query string, or a missing page from it', async () => {
    await fetch(`${server.url}/charter`, { headers: html })
    const preview = await fetch(`${server.url}/charter`, { headers: { ...html, cookie: 'kestrel_preview=anything' } })
    expect(preview.headers.get('x-page-cache')).toBeNull()
    await fetch(`${server.url}/charter?ref=mail`, { headers: html })
    const query = await fetch(`${server.url}/charter?ref=mail`, { headers: html })
    expect(query.headers.get('x-page-cache')).toBeNull()
    await fetch(`${server.url}/no-such-page`, { headers: html })
    const missing = await fetch(`${server.url}/no-such-page`, { headers: html })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-page-cache')).toBeNull()
  })

  it('keeps data out of it, and answers HEAD from it without a body', async () => {
    await fetch(`${server.url}/api/site.json`)
    expect((await fetch(`${server.url}/api/site.json`)).headers.get('x-page-cache')).toBeNull()
    await fetch(`${server.url}/contact`, { headers: html })
    const head = await fetch(`${server.url}/contact`, { method: 'HEAD', headers: html })
    expect(head.status).toBe(200)
    expect(head.headers.get('x-page-cache')).toBe('hit')
    expect(await head.text()).toBe('')
  })

  it('is off with SITE_PAGE_CACHE=0', async () => {
    await fetch(`${uncached.url}/about`, { headers: html })
    const again = await fetch(`${uncached.url}/about`, { headers: html })
    expect(again.status).toBe(200)
    expect(again.headers.get('x-page-cache')).toBeNull()
  })
})
