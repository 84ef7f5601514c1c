import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { PREVIEW_MAX_AGE_S, previewCookieValue, validPreviewCookie } from '../../server/utils/preview'

describe('preview cookies', () => {
  const key = randomBytes(32)
  const now = Date.UTC(2026, 11, 4, 12)

  it('differ on every login and hold neither the key nor anything fixed', () => {
    const a = previewCookieValue(key, now)
    const b = previewCookieValue(key, now)
    expect(a).not.toBe(b)
    expect(a).toMatch(/^[0-9a-z]+\.[\w-]{16}\.[\w-]{43}$/)
    expect(a).not.toContain(key.toString('base64url'))
  })

  it('are good until they expire, whatever the browser keeps', () => {
    const cookie = previewCookieValue(key, now)
    expect(validPreviewCookie(cookie, key, now)).toBe(true)
    expect(validPreviewCookie(cookie, key, now + PREVIEW_MAX_AGE_S * 1000 - 1)).toBe(true)
    expect(validPreviewCookie(cookie, key, now + PREVIEW_MAX_AGE_S * 1000)).toBe(false)
    // Issued in the future (beyond a minute of clock leeway): refused.
    expect(validPreviewCookie(previewCookieValue(key, now + 120_000), key, now)).toBe(false)
  })

  it('are refused when made with another key, altered, or malformed', () => {
    const cookie = previewCookieValue(key, now)
    expect(validPreviewCookie(cookie, randomBytes(32), now)).toBe(false)
    const [issued, nonce, signature] = cookie.split('.') as [string, string, string]
    // A later issue time with the old signature cannot extend a session.
    expect(validPreviewCookie(`${(now + 1000).toString(36)}.${nonce}.${signature}`, key, now + 2000)).toBe(false)
    expect(validPreviewCookie(`${issued}.${nonce}x.${signature}`, key, now)).toBe(false)
    for (const bad of ['', 'anything', `${issued}.${nonce}`, `${cookie}.x`, `-1.${nonce}.${signature}`, 'x'.repeat(300)]) {
      expect(validPreviewCookie(bad, key, now), bad.slice(0, 20)).toBe(false)
    }
  })
})
