import { sliceFirstHeadRender, yieldWhileHydrating } from '~/utils/hydration-yield'

/**
 * Two more ends of hydration slices (utils/hydration-yield.ts), for work on load that no
 * component of ours can split:
 * - between Nuxt's plugins and the mount of the app, which then starts in a task of its own
 *   (Nuxt awaits every `app:beforeMount` hook);
 * - before unhead's first render of the document, once hydration is done.
 */
export default defineNuxtPlugin({
  name: 'hydration-slices',
  dependsOn: ['nuxt:head'],
  setup(nuxtApp) {
    nuxtApp.hook('app:beforeMount', () => yieldWhileHydrating())
    sliceFirstHeadRender(injectHead())
  },
})
