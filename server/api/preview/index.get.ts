// GET /api/preview?token=...&path=/some/page: turns on draft preview for this browser.
export default definePreviewHandler((event) => {
  setResponseHeaders(event, { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' })
  const token = previewToken()
  if (!token) {
    setResponseStatus(event, 404)
    return 'Preview is not enabled on this server.'
  }
  // Guessing is limited per client: after too many wrong tokens, even the right one waits.
  const retryAfter = previewRetryAfter(event)
  if (retryAfter) {
    setResponseHeader(event, 'retry-after', retryAfter)
    setResponseStatus(event, 429)
    return ''
  }
  const query = getQuery(event)
  // A bare 401 rather than a thrown error: error logging would print the URL, token and all.
  if (typeof query.token !== 'string' || !safeEqual(query.token, token)) {
    recordPreviewFailure(event)
    setResponseStatus(event, 401)
    return ''
  }
  const path = query.path === undefined ? '/' : sameSitePath(query.path)
  if (!path) {
    setResponseStatus(event, 400)
    return 'The path must be a path on this site, such as /research/my-draft.'
  }
  setCookie(event, PREVIEW_COOKIE, previewCookieValue(previewKey(token)), {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(event),
    path: '/',
    maxAge: PREVIEW_MAX_AGE_S,
  })
  return sendRedirect(event, path, 302)
})
