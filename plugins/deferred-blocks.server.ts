import { deferredBlockModuleIds } from '~/components/blocks/registry'

/**
 * Keeps the chunks of blocks that never hydrate (components/blocks/registry.ts) out of the
 * page's `modulepreload` links, or the browser would download code it never runs. Their
 * styles are inlined before `app:rendered`, so only the preloads go. Nuxt 4.4.5's own lazy
 * components try the same but are defeated by a cache (nuxt/nuxt#35145, fixed after the 4.4
 * line this project is pinned to); `app:rendered` runs before that cache is filled. Chunks
 * that hydrated parts of the page import (UiLink, UiImage) still arrive through those parts'
 * own imports.
 */
export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.hooks.hook('app:rendered', ({ ssrContext }) => {
    for (const id of deferredBlockModuleIds) ssrContext?.modules?.delete(id)
  })
})
