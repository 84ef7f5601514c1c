import { addVitePlugin, defineNuxtModule } from '@nuxt/kit'

/**
 * Nuxt runtime files whose top level only defines things, but in a way a bundler must assume
 * has side effects: `fetch.js` builds `useFetch` and `useLazyFetch` by calling a factory.
 * Modules such as @pinia/nuxt import the `#app` barrel, which re-exports it, so without this
 * every page downloaded useFetch and ohash's hashing (5 KB gzip) that this site never calls.
 * Marked free of side effects, they are dropped unless something imports what they export.
 */
const sideEffectFree = [/\/nuxt\/dist\/app\/composables\/fetch\.js$/]

/**
 * Chunks no page needs in the course of a visit, kept out of the `<link rel="prefetch">` list
 * Nuxt writes into every page for the entry's dynamic imports: the footer and the announcement
 * banner never hydrate (components/site/SiteLayout.vue), and the browser draws them itself only
 * on an error page. The search form and the mobile menu stay prefetched: a visitor may open
 * them at any moment.
 */
export const notPrefetched = ['components/site/SiteFooter.vue', 'components/site/SiteCtaBanner.vue']

/**
 * Keeps framework code the site does not use out of the browser bundle. The export test
 * "ships no useFetch" fails if a Nuxt upgrade renames the file this matches.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-client-weight' },
  setup(_options, nuxt) {
    // No component here uses the Options API (`data`, `methods`, option lifecycle hooks);
    // without it Vue's runtime is 2 KB gzip smaller. Setup functions and render options work.
    nuxt.options.vite.vue ??= {}
    nuxt.options.vite.vue.features = { ...nuxt.options.vite.vue.features, optionsAPI: false }

    nuxt.hook('build:manifest', (manifest) => {
      for (const id of notPrefetched) {
        const chunk = manifest[id]
        if (!chunk) throw new Error(`kestrel-client-weight: no chunk for ${id} in the build manifest; update \`notPrefetched\``)
        chunk.prefetch = false
        for (const css of chunk.css ?? []) if (manifest[css]) manifest[css].prefetch = false
      }
    })

    addVitePlugin({
      name: 'kestrel-side-effect-free',
      transform(code: string, id: string) {
        if (sideEffectFree.some(pattern => pattern.test(id))) return { code, moduleSideEffects: false, map: null }
      },
    }, { server: false })
  },
})
