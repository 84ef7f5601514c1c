// The site only reads: pages, files and APIs answer GET and HEAD. Anything else (PUT, DELETE,
// PROPFIND, TRACE...) is refused before it reaches the renderer, which would draw a page for it.
const allowed = new Set(['GET', 'HEAD'])

export default defineEventHandler((event) => {
  if (allowed.has(event.method)) return
  setResponseHeader(event, 'allow', 'GET, HEAD')
  setResponseStatus(event, 405)
  return 'Method not allowed'
})
