import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { H3Event } from 'h3'

export const PREVIEW_COOKIE = 'kestrel_preview'

/** The preview token (`SITE_PREVIEW_TOKEN`); preview is off when it is unset or empty. */
export function previewToken(): string | undefined {
  return String(useRuntimeConfig().previewToken || '') || undefined
}

/** How long a preview cookie is good for, from the moment it was issued. */
export const PREVIEW_MAX_AGE_S = 60 * 60 * 8

// Signs preview cookies together with the token. SITE_PREVIEW_SECRET lets several server
// processes share sessions; without it each process draws its own, and a restart ends them.
let processSecret: Buffer | undefined
export function previewKey(token: string): Buffer {
  const configured = String(useRuntimeConfig().previewSecret || '')
  const secret = configured || (processSecret ??= randomBytes(32))
  return createHmac('sha256', secret).update(token).digest()
}

function sign(key: Buffer, issued: string, nonce: string): string {
  return createHmac('sha256', key).update(`kestrel-preview-v2.${issued}.${nonce}`).digest('base64url')
}

/**
 * What the preview cookie holds: when it was issued, a random nonce and a signature over both,
 * keyed by a server secret and the token. It differs on every login, expires by itself after
 * PREVIEW_MAX_AGE_S whatever the browser does, and holds nothing a copied cookie could test
 * token guesses against offline. Changing the token ends every preview session at once.
 */
export function previewCookieValue(key: Buffer, now = Date.now()): string {
  const issued = now.toString(36)
  const nonce = randomBytes(12).toString('base64url')
  return `${issued}.${nonce}.${sign(key, issued, nonce)}`
}

/** Whether `cookie` is one previewCookieValue made with `key` (previewKey), still fresh at `now`. */
export function validPreviewCookie(cookie: string, key: Buffer, now = Date.now()): boolean {
  const parts = cookie.split('.')
  if (parts.length !== 3 || cookie.length > 200) return false
  const [issued, nonce, signature] = parts as [string, string, string]
  const at = Number.parseInt(issued, 36)
  // A minute of leeway for clocks; nothing issued in the future beyond that.
  if (!/^[0-9a-z]{1,12}$/.test(issued) || !(at <= now + 60_000 && now - at < PREVIEW_MAX_AGE_S * 1000)) return false
  return safeEqual(signature, sign(key, issued, nonce))
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
  return typeof cookie === 'string' && validPreviewCookie(cookie, previewKey(token))
}

/**
 * A same-site path to send the visitor to, percent-encoded for the `Location` header (which
 * takes ASCII only), or undefined for anything that could leave the site or has no encoding.
 */
export function sameSitePath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 512) return undefined
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined
  // Control characters and whitespace can turn a path into another host in some browsers.
  for (const char of value) {
    if (char.codePointAt(0)! <= 0x20 || char.codePointAt(0) === 0x7F) return undefined
  }
  try {
    return encodeURI(value)
  }
  catch {
    return undefined // A lone surrogate: no URL can carry it.
  }
}

/** Any `token=` value in a text (a URL, an error's message or stack) replaced, for logs and answers. */
export function redactToken(text: string): string {
  return text.replace(/(token(?:=|%3D))[^&\s"'#]*/gi, '$1[redacted]')
}

/**
 * A handler of the preview endpoints, whose URLs carry the token: an unexpected error is
 * answered with a bare 500 and logged with the token redacted, never passed to the default
 * error handler, which prints and returns the request's URL.
 */
export function definePreviewHandler(handler: (event: H3Event) => unknown) {
  return defineEventHandler(async (event) => {
    try {
      return await handler(event)
    }
    catch (error) {
      console.error(`[preview] ${redactToken(error instanceof Error ? (error.stack ?? error.message) : String(error))}`)
      setResponseStatus(event, 500)
      return ''
    }
  })
}

/** Secure cookies over HTTPS, also behind a proxy that terminates TLS. */
export function isHttps(event: H3Event): boolean {
  return getRequestProtocol(event, { xForwardedProto: true }) === 'https'
}

const FAILURE_WINDOW_MS = 10 * 60_000
const MAX_FAILURES = 10
const MAX_TRACKED_CLIENTS = 10_000
// Failed preview attempts per client address, for this server process. Deliberately shared
// across requests: it is the limiter's memory, not request state. Bounded in size.
const failures = new Map<string, { count: number, resetAt: number }>()

/** The client, by its socket address: X-Forwarded-For is not trusted, anyone can send it. */
function clientKey(event: H3Event): string {
  return getRequestIP(event) ?? 'unknown'
}

/** Seconds this client must wait before trying a token again, or 0. */
export function previewRetryAfter(event: H3Event, now = Date.now()): number {
  const entry = failures.get(clientKey(event))
  if (!entry || entry.resetAt <= now) return 0
  return entry.count >= MAX_FAILURES ? Math.ceil((entry.resetAt - now) / 1000) : 0
}

export function recordPreviewFailure(event: H3Event, now = Date.now()): void {
  const key = clientKey(event)
  const entry = failures.get(key)
  if (entry && entry.resetAt > now) entry.count++
  else failures.set(key, { count: 1, resetAt: now + FAILURE_WINDOW_MS })
  if (failures.size > MAX_TRACKED_CLIENTS) {
    for (const [k, v] of failures) if (v.resetAt <= now) failures.delete(k)
    // Still too many: forget the oldest, rather than grow without bound under a flood.
    for (const k of failures.keys()) {
      if (failures.size <= MAX_TRACKED_CLIENTS) break
      failures.delete(k)
    }
  }
}
