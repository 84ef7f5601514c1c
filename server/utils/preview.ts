import { createHmac, timingSafeEqual } from 'node:crypto'
import process from 'node:process'
import type { H3Event } from 'h3'

export const PREVIEW_COOKIE = 'kestrel_preview'

/** The preview token from the environment; preview is off when it is unset or empty. */
export function previewToken(): string | undefined {
  return process.env.PREVIEW_TOKEN || undefined
}

/**
 * What the preview cookie holds: a keyed hash of the token, never the token itself, so the
 * token appears in no cookie jar, header dump or log line. Changing the token ends every
 * preview session at once.
 */
export function previewCookieValue(token: string): string {
  return createHmac('sha256', token).update('kestrel-preview-v1').digest('base64url')
}

/** Compares secrets in constant time, so a wrong guess reveals nothing about the right one. */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'compare').update(given).digest()
  const b = createHmac('sha256', 'compare').update(expected).digest()
  // Both sides are hashed first so the comparison takes the same time whatever their lengths.
  return timingSafeEqual(a, b)
}

/** Whether this request carries a valid preview cookie. */
export function isPreview(event: H3Event): boolean {
  const token = previewToken()
  if (!token) return false
  const cookie = getCookie(event, PREVIEW_COOKIE)
  return typeof cookie === 'string' && safeEqual(cookie, previewCookieValue(token))
}

/** A same-site path to send the visitor to, or undefined for anything that could leave the site. */
export function sameSitePath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 512) return undefined
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined
  // Control characters and whitespace can turn a path into another host in some browsers.
  for (const char of value) {
    if (char.codePointAt(0)! <= 0x20 || char.codePointAt(0) === 0x7F) return undefined
  }
  return value
}

/** Secure cookies over HTTPS, also behind a proxy that terminates TLS. */
export function isHttps(event: H3Event): boolean {
  return getRequestProtocol(event, { xForwardedProto: true }) === 'https'
}
