import { keepAnswer } from './pages'

// The other half of the export's page cache (server/build-cache/pages.ts): once a request
// that missed has been answered, its answer is written to the cache.
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('afterResponse', (event, response) => keepAnswer(event, response?.body))
})
