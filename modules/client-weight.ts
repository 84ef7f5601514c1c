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

    addVitePlugin({
      name: 'kestrel-side-effect-free',
      transform(code: string, id: string) {
        if (sideEffectFree.some(pattern => pattern.test(id))) return { code, moduleSideEffects: false, map: null }
      },
    }, { server: false })
  },
})
