import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, headersFile, inlineScriptHashes, inlineScriptHashesOfBytes, parseHeadersFile, securityHeaders } from '../../server/security/headers.mjs'

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`

describe('security headers', () => {
  it('hashes the inline scripts a browser would run, and nothing else', () => {
    const html = '<html><body><script>window.__NUXT__={}</script>'
      + '<script type="application/json" id="__NUXT_DATA__">[1]</script>'
      + '<script type="application/ld+json">{"@type":"Article"}</script>'
      + '<script type="module" src="/_nuxt/a.js"></script>'
      + '<script type="module">import "/x.js"</script></body></html>'
    expect(inlineScriptHashes(html)).toEqual([sha('window.__NUXT__={}'), sha('import "/x.js"')].sort())
  })

  it('finds scripts as an HTML parser does: not in attributes or comments, never nested in the app', () => {
    // Content text in a meta tag's content="…" is escaped for quotes only; it is still text.
    const html = '<!DOCTYPE html><html><head>'
      + '<meta name="description" content="</script><script>alert(1)</script>">'
      + '<title>a <script>alert(2)</script></title>'
      + '<script>window.__NUXT__={}</script></head><body>'
      + '<!-- <script>alert(3)</script> -->'
      + '<div id="__nuxt"><p>x</p><script>alert(4)</script></div>'
      + '<textarea><script>alert(5)</script></textarea>'
      + '<script type="module">import "/x.js"</script></body></html>'
    expect(inlineScriptHashes(html)).toEqual([sha('window.__NUXT__={}'), sha('import "/x.js"')].sort())
  })

  it('hashes a script over its exact source, up to the first closing tag', () => {
    const body = 'window.x={"a":"<\\/script>","b":"</scrip"}'
    expect(inlineScriptHashes(`<html><body><script>${body}</script></body></html>`)).toEqual([sha(body)])
  })

  it('hashes the same scripts from a file\'s bytes as from its text, whatever characters they hold', () => {
    // Non-ASCII inside and around the scripts: each script is hashed over its UTF-8 bytes.
    const scripts = ['window.__NUXT__={title:"Café — naïve 数学 🙂"}', 'console.log("Ã©")', 'import "/x.js"']
    const html = `<!DOCTYPE html><html><HEAD><title>Ünïcödé — 数学</title><SCRIPT>${scripts[0]}</SCRIPT></HEAD><body>`
      + `<script type="application/json">["é"]</script><script>${scripts[1]}</script>`
      + `<p>🙂</p><script type="module">${scripts[2]}</script></body></html>`
    const fromText = inlineScriptHashes(html)
    expect(fromText).toEqual(scripts.map(sha).sort())
    // A view into a larger buffer, as a file read can be.
    const padded = Buffer.concat([Buffer.from('xx'), Buffer.from(html), Buffer.from('yy')])
    expect(inlineScriptHashesOfBytes(padded.subarray(2, padded.length - 2))).toEqual(fromText)
    // The text "Ã©" and the bytes of "é" read one per character are the same string: each
    // reading must keep its own hashes.
    expect(inlineScriptHashes('<body><script>Ã©</script></body>')).toEqual([sha('Ã©')])
    expect(inlineScriptHashesOfBytes(Buffer.from('<body><script>é</script></body>'))).toEqual([sha('é')])
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
