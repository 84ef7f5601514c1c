/**
 * Hydration in slices. Hydrating a page in one long task keeps the browser from answering a
 * visitor's input until it ends, and Lighthouse's Total Blocking Time counts each task's time
 * beyond 50 ms (with its 4× CPU slowdown, every 12.5 ms of this host's time). Each await of
 * `yieldWhileHydrating()` ends a slice:
 * - plugins/hydration-slices.client.ts: after Nuxt's plugins, and before unhead's first look
 *   at the document;
 * - at the start of the setup of app.vue, pages/[...slug].vue, components/blocks/Blocks.vue and
 *   components/site/SiteLayout.vue and SiteHeader.vue, so that each hydrates in a task of its
 *   own. The header's four dropdowns (SiteNavDropdown.vue) each take one too: with their links,
 *   the header was the longest slice. (The footer and the announcement banner never hydrate.)
 *
 * Resolves at once (a microtask, as any other await) on the server and after hydration, so
 * renders and in-app navigations wait for nothing.
 */
export function yieldWhileHydrating(): Promise<void> | undefined {
  if (import.meta.server || !useNuxtApp().isHydrating) return undefined
  return yieldToBrowser()
}

/** Ends the current task: scheduler.yield() resumes ahead of other queued tasks; setTimeout is the fallback. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise(resolve => setTimeout(resolve, 0))
}

/** The part of unhead's client this needs: its hooks (the `dom:beforeRender` one, which unhead awaits). */
interface HeadHooks {
  hooks: { hook: (name: 'dom:beforeRender', fn: (context: { shouldRender: boolean }) => Promise<void> | void) => unknown }
}

/**
 * Makes unhead's first render of the document start a task of its own. That render reads
 * every tag of the head and of the body's top level (the page's data script included) to
 * claim the tags the server wrote: 8 to 18 ms unslowed, more than any component's hydration,
 * and it came in the same task as the app's last mounted hooks. Later renders (in-app
 * navigations) wait for nothing, and neither do the renders Nuxt cancels while it hydrates
 * (its own hook, registered first, sets `shouldRender` to false for those).
 */
export function sliceFirstHeadRender(head: HeadHooks): void {
  let first = true
  head.hooks.hook('dom:beforeRender', (context) => {
    if (!context.shouldRender || !first) return
    first = false
    return yieldToBrowser()
  })
}
