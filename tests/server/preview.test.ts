import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './server'
import type { RunningServer } from './server'

const TOKEN = 'preview-token-for-tests-8c1f2e'
const DRAFT = '/research/weight-sharing-draft'
let server: RunningServer

beforeAll(async () => {
  server = await startServer({ SITE_PREVIEW_TOKEN: TOKEN })
})
afterAll(() => server?.stop())

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { redirect: 'manual', headers })

async function previewCookie(): Promise<string> {
  const response = await get(`/api/preview?token=${TOKEN}&path=${encodeURIComponent(DRAFT)}`)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

describe('draft preview on the Node server', () => {
  it('redirects to a path with characters beyond Latin-1, percent-encoded, and never leaks the token', async () => {
    for (const path of ['/%E2%82%AC', '/research/caf%C3%A9-%F0%9F%A6%85', '/a%25b']) {
      const exit = await get(`/api/preview/exit?path=${path}`)
      expect(exit.status, path).toBe(302)
      expect(exit.headers.get('location'), path).toBe(path)

      const enter = await get(`/api/preview?token=${TOKEN}&path=${path}`)
      expect(enter.status, path).toBe(302)
      expect(enter.headers.get('location'), path).toBe(path)
      expect(enter.headers.get('set-cookie'), path).toMatch(/^kestrel_preview=/)
      expect(await enter.text(), path).not.toContain(TOKEN)
    }
    // Broken encodings: a redirect or a 4xx, never a 5xx; a cookie only with a redirect.
    for (const path of ['/%ED%A0%80', '/%FF', '/%E2%82']) {
      const response = await get(`/api/preview?token=${TOKEN}&path=${path}`)
      expect(response.status, path).toBeLessThan(500)
      if (response.status !== 302) expect(response.headers.get('set-cookie'), path).toBeNull()
      expect(await response.text(), path).not.toContain(TOKEN)
    }
    expect(server.output()).not.toContain(TOKEN)
  })

  it('answers a missing or wrong token with 401 and nothing else', async () => {
    for (const query of ['', '?path=/research', '?token=wrong&path=/research', `?token=${TOKEN}x`, `?token=${TOKEN.slice(0, -1)}`]) {
      const response = await get(`/api/preview${query}`)
      expect(response.status, query).toBe(401)
      expect(response.headers.get('set-cookie'), query).toBeNull()
      expect(await response.text(), query).toBe('')
    }
  })

  it('sets an httpOnly, SameSite=Lax cookie that is not the token, and redirects to the page', async () => {
    const response = await get(`/api/preview?token=${TOKEN}&path=${encodeURIComponent(DRAFT)}`)
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(DRAFT)
    const cookie = response.headers.get('set-cookie')!
    expect(cookie).toMatch(/^kestrel_preview=[0-9a-z]+\.[\w-]+\.[\w-]+;/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).not.toContain('Secure')
    expect(cookie).not.toContain(TOKEN)
  })

  it('gives a new cookie on every login, good only on servers that share its secret', async () => {
    const [a, b] = [await previewCookie(), await previewCookie()]
    expect(a).not.toBe(b)
    for (const cookie of [a, b]) expect((await get(DRAFT, { cookie })).status).toBe(200)
    // Another process with the same token but its own secret: a copied cookie gives nothing.
    const other = await startServer({ SITE_PREVIEW_TOKEN: TOKEN })
    const shared = [
      await startServer({ SITE_PREVIEW_TOKEN: TOKEN, SITE_PREVIEW_SECRET: 'shared-secret-for-tests' }),
      await startServer({ SITE_PREVIEW_TOKEN: TOKEN, SITE_PREVIEW_SECRET: 'shared-secret-for-tests' }),
    ]
    try {
      expect((await fetch(other.url + DRAFT, { headers: { cookie: a } })).status).toBe(404)
      const login = await fetch(`${shared[0]!.url}/api/preview?token=${TOKEN}&path=/`, { redirect: 'manual' })
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!
      expect((await fetch(shared[1]!.url + DRAFT, { headers: { cookie } })).status).toBe(200)
    }
    finally {
      await Promise.all([other, ...shared].map(s => s.stop()))
    }
  })

  it('marks the cookie Secure when served over HTTPS behind a proxy', async () => {
    const response = await get(`/api/preview?token=${TOKEN}&path=/`, { 'x-forwarded-proto': 'https' })
    expect(response.headers.get('set-cookie')).toContain('Secure')
  })

  it('redirects only to paths on this site', async () => {
    for (const path of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/\r\nSet-Cookie: x=1', '/ \tpath']) {
      const response = await get(`/api/preview?token=${TOKEN}&path=${encodeURIComponent(path)}`)
      expect(response.status, path).toBe(400)
      expect(response.headers.get('set-cookie'), path).toBeNull()
    }
  })

  it('serves drafts only with the cookie, with a Preview banner and noindex', async () => {
    expect((await get(DRAFT)).status).toBe(404)
    const cookie = await previewCookie()
    const response = await get(DRAFT, { cookie })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Weight sharing across depth (draft)')
    expect(html).toMatch(/<strong[^>]*>Preview<\/strong>: you are seeing drafts/)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).not.toContain(TOKEN)
    // Set on the page itself: a preview is per visitor, and no cache may keep it. Only the page's
    // own in-process read of its data can set it there (a fetch of /api/page sets it on that
    // answer alone), so this also checks that the render does not fetch its own API.
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('shows the banner and noindex on published pages too while previewing', async () => {
    const html = await (await get('/about', { cookie: await previewCookie() })).text()
    expect(html).toMatch(/<strong[^>]*>Preview<\/strong>/)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
  })

  it('leaves published pages indexable and bannerless without the cookie', async () => {
    const html = await (await get('/about')).text()
    expect(html).toContain('<meta name="robots" content="index, follow">')
    expect(html).not.toContain('you are seeing drafts')
  })

  it('ends the preview on exit', async () => {
    const cookie = await previewCookie()
    const response = await get('/api/preview/exit?path=/research', { cookie })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/research')
    expect(response.headers.get('set-cookie')).toMatch(/^kestrel_preview=; Max-Age=0/)
    const offSite = await get('/api/preview/exit?path=//evil.example', { cookie })
    expect(offSite.headers.get('location')).toBe('/')
  })

  it('never writes the token to its logs or to any built file', async () => {
    await get(`/api/preview?token=${TOKEN}&path=${DRAFT}`)
    await get('/api/preview?token=wrong')
    expect(server.output()).not.toContain(TOKEN)
    const walk = (dir: string): string[] => readdirSync(dir).flatMap(n => statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)])
    const built = walk(resolve(import.meta.dirname, '../../.output-server')).filter(f => /\.(?:m?js|json|html)$/.test(f))
    for (const file of built) expect(readFileSync(file, 'utf8').includes(TOKEN), file).toBe(false)
  })
})

describe('without SITE_PREVIEW_TOKEN', () => {
  it('has preview switched off', async () => {
    const off = await startServer({})
    try {
      const response = await fetch(`${off.url}/api/preview?token=anything&path=/`, { redirect: 'manual' })
      expect(response.status).toBe(404)
      expect(response.headers.get('set-cookie')).toBeNull()
      expect((await fetch(`${off.url}${DRAFT}`, { headers: { cookie: 'kestrel_preview=anything' } })).status).toBe(404)
    }
    finally {
      await off.stop()
    }
  })
})
