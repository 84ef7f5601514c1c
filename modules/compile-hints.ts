import { addVitePlugin, defineNuxtModule } from '@nuxt/kit'
import type { Rollup } from 'vite'

/** V8's explicit compile hint (Chrome 136 and later): compile every function of this file eagerly. */
export const compileHint = '//# allFunctionsCalledOnLoad\n'

/**
 * Marks the browser's entry chunk for eager compilation. V8 compiles a function lazily, on
 * the main thread, the first time it is called, unless the file asks otherwise; then it
 * compiles them all while it streams the file in, on a background thread. Nearly all of the
 * entry (Vue's runtime, the router, Nuxt's app, the header, the page) runs on every load:
 * with the hint, the main thread's time from module evaluation to the end of hydration fell
 * from about 215 to 150 ms unslowed on the home page and an article (docs/performance-log.md,
 * eighth session). Other chunks load on demand, and much of them may never run in a visit:
 * they stay lazy (hinting them too measured 4 and 13 % less in one comparison, 15 % less and
 * 11 % more in another: not separable from the noise).
 *
 * Added after minification (which would strip the comment) and after Vite puts its preload map
 * at the top of the entry, just before the files are written.
 * The comment must be the file's first line; a source map, if one is built, gains one empty line
 * (checked once by hand on a build with `sourcemap: { client: 'hidden' }`).
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-compile-hints' },
  setup() {
    addVitePlugin({
      name: 'kestrel-compile-hints',
      apply: 'build',
      // After every other plugin: Vite's import analysis puts its preload map at the very top.
      generateBundle: {
        order: 'post',
        handler(_options: Rollup.NormalizedOutputOptions, bundle: Rollup.OutputBundle) {
          for (const file of Object.values(bundle)) {
            if (file.type !== 'chunk' || !file.isEntry) continue
            file.code = compileHint + file.code
            // Rollup has already emitted the source map as a file of its own: shift that one.
            const map = file.sourcemapFileName ? bundle[file.sourcemapFileName] : undefined
            if (map?.type === 'asset' && typeof map.source === 'string') {
              const json = JSON.parse(map.source) as { mappings: string }
              json.mappings = `;${json.mappings}`
              map.source = JSON.stringify(json)
            }
          }
        },
      },
    }, { server: false })
  },
})
