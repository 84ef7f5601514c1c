import { deferredBlockModuleIds } from '~/components/blocks/registry'

/**
 * Components of `components/ui/` and `components/site/` are imported statically by whatever
 * renders them (Nuxt's auto-imports), so when a hydrated part of the page uses one, that
 * part's chunk already brings it. The others are `Lazy*`: parts the templates never hydrate
 * (`<LazyUiFootnotes hydrate-never>`, the footer and the announcement banner) and the preview
 * banner, which loads only when it renders.
 */
const STATICALLY_IMPORTED = /^components\/(?:ui|site)\//

/**
 * Keeps out of each page's `modulepreload` links the chunks of what does not hydrate on load:
 * blocks that never hydrate (components/blocks/registry.ts) and the static parts of the
 * templates. Vue lists every component it rendered, so without this the browser would
 * download code it never runs. Their styles are inlined before `app:rendered`, so only the
 * preloads go. Nuxt 4.4.5's own lazy components try the same but are defeated by a cache
 * (nuxt/nuxt#35145, fixed after the 4.4 line this project is pinned to); `app:rendered` runs
 * before that cache is filled.
 */
export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.hooks.hook('app:rendered', ({ ssrContext }) => {
    const modules = ssrContext?.modules
    if (!modules) return
    for (const id of deferredBlockModuleIds) modules.delete(id)
    for (const id of modules) if (STATICALLY_IMPORTED.test(id)) modules.delete(id)
  })
})
