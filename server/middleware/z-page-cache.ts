// Answers a public page from the page cache (server/utils/page-cache.ts). Named to run after
// the other middleware (Nitro orders them by file name), so methods are checked before a
// cached page goes out; the security headers are set earlier still, on Nitro's request hook.
export default defineEventHandler((event) => {
  const key = pageCacheKey(event)
  const hit = key ? cachedPage(key) : undefined
  if (!hit) return
  setResponseHeaders(event, hit.headers)
  setResponseHeader(event, 'x-page-cache', 'hit')
  return hit.body
})
