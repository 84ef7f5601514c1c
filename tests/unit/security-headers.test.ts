import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, headersFile, inlineScriptHashes, parseHeadersFile, securityHeaders } from '../../scripts/security-headers.mjs'

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`

describe('security headers', () => {
  it('hashes the inline scripts a browser would run, and nothing else', () => {
    const html = '<script>window.__NUXT__={}</script>'
      + '<script type="application/json" id="__NUXT_DATA__">[1]</script>'
      + '<script type="application/ld+json">{"@type":"Article"}</script>'
      + '<script type="module" src="/_nuxt/a.js"></script>'
      + '<script type="module">import "/x.js"</script>'
    expect(inlineScriptHashes(html)).toEqual([sha('window.__NUXT__={}'), sha('import "/x.js"')].sort())
  })

  it('allows scripts only from this site and by hash, never inline by default', () => {
    const csp = contentSecurityPolicy([sha('x')])
    const script = csp.split('; ').find(d => d.startsWith('script-src'))!
    expect(script).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('x')}`)
    expect(script).not.toContain('unsafe-inline')
    expect(csp).toContain(`frame-ancestors 'none'`)
    expect(csp).toContain(`object-src 'none'`)
    expect(csp).toContain(`base-uri 'self'`)
  })

  it('sends HSTS only over HTTPS, and the CSP only with pages', () => {
    expect(securityHeaders({ https: false })['strict-transport-security']).toBeUndefined()
    expect(securityHeaders({ https: true })['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(securityHeaders({ html: false })['content-security-policy']).toBeUndefined()
    expect(securityHeaders()).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' })
  })

  it('writes a _headers file for static hosts that reads back to the same headers', () => {
    const text = headersFile([sha('x')])
    expect(text.startsWith('/*\n')).toBe(true)
    expect(parseHeadersFile(text)).toEqual(securityHeaders({ scriptHashes: [sha('x')], https: true }))
  })
})
