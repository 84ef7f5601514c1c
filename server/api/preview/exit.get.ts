// GET /api/preview/exit?path=/some/page: turns draft preview off again.
export default definePreviewHandler((event) => {
  setResponseHeaders(event, { 'cache-control': 'no-store' })
  deleteCookie(event, PREVIEW_COOKIE, { httpOnly: true, sameSite: 'lax', secure: isHttps(event), path: '/' })
  const path = sameSitePath(getQuery(event).path) ?? '/'
  return sendRedirect(event, path, 302)
})
