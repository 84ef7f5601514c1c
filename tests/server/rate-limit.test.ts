import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './server'
import type { RunningServer } from './server'

const TOKEN = 'rate-limit-token-5b7a'
let server: RunningServer
// A server of its own: this test spends the attempts that other tests' clients would need.
beforeAll(async () => {
  server = await startServer({ SITE_PREVIEW_TOKEN: TOKEN })
})
afterAll(() => server?.stop())

const attempt = (token: string) => fetch(`${server.url}/api/preview?token=${token}&path=/`, { redirect: 'manual' })

describe('preview token guessing', () => {
  it('is cut off after ten wrong tokens, for the right one too, with Retry-After', async () => {
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`)).status).toBe(401)
    const blocked = await attempt('guess-11')
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    const right = await attempt(TOKEN)
    expect(right.status).toBe(429)
    expect(right.headers.get('set-cookie')).toBeNull()
  })
})
