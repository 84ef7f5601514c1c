// While exporting, Nuxt keeps each page's payload in memory from the moment the page is
// rendered, to answer the `_payload.json` request that follows, and never lets it go: at
// thousands of pages that is the largest part of the heap. Each payload is fetched once,
// so it is dropped as soon as it has been answered.
export default defineNitroPlugin((nitroApp) => {
  if (!import.meta.prerender) return
  const payloads = useStorage('internal:nuxt:prerender:payload')
  nitroApp.hooks.hook('afterResponse', async (event) => {
    const path = event.path.split('?')[0]!
    if (!path.endsWith('/_payload.json')) return
    await payloads.removeItem(path.slice(0, path.lastIndexOf('/')) || '/')
  })
})
