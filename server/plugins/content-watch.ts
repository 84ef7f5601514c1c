export default defineNitroPlugin(() => {
  if (!import.meta.dev) return
  // In dev the content storage is the content/ folder itself: drop the cache on any save.
  void useStorage('assets:content').watch(() => invalidateContent())
})
