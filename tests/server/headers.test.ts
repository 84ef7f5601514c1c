import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scriptSrcHashes, scriptsABrowserRuns } from '../support/html'
import { startServer } from './server'
import type { RunningServer } from './server'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({})
})
afterAll(() => server?.stop())

describe('security headers from the Node server', () => {
  it('gives every page a CSP that allows exactly its own inline scripts, and the other headers', async () => {
    for (const path of ['/', '/research/sparse-circuits', '/research/tag/memory', '/blog/notebook-practices', '/no-such-page']) {
      // As a browser asks: without `accept: text/html`, a missing page is answered in JSON.
      const response = await fetch(server.url + path, { headers: { accept: 'text/html' } })
      const csp = response.headers.get('content-security-policy')!
      // Read with parse5, not the parser the server uses: exactly the scripts a browser runs.
      const hashes = scriptsABrowserRuns(await response.text())
      expect(hashes.length, path).toBeGreaterThan(0)
      expect(scriptSrcHashes(csp), path).toEqual(hashes)
      expect(csp.split('; ').find(d => d.startsWith('script-src'))).not.toContain('unsafe-inline')
      expect(csp).toContain(`frame-ancestors 'none'`)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('strict-transport-security')).toBeNull()
    }
  })

  it('puts the plain headers on data responses too', async () => {
    const response = await fetch(`${server.url}/api/site.json`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('puts them on static files too: scripts, KaTeX, icons, images', async () => {
    const html = await (await fetch(`${server.url}/research/quiet-gradients`)).text()
    const script = /<script type="module" src="(\/_nuxt\/[^"]+\.js)"/.exec(html)![1]!
    const katex = /href="(\/katex\/[^"]+\.css)"/.exec(html)?.[1]
    for (const path of [script, ...(katex ? [katex] : []), '/favicon.svg', '/images/hero-lattice.webp']) {
      const response = await fetch(server.url + path, { headers: { 'x-forwarded-proto': 'https' } })
      expect(response.status, path).toBe(200)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('permissions-policy'), path).toBeTruthy()
      expect(response.headers.get('cross-origin-opener-policy'), path).toBeTruthy()
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains')
    }
  })

  it('adds HSTS when the request came over HTTPS through a proxy', async () => {
    const response = await fetch(`${server.url}/about`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })
})
