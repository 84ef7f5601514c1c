import { defineAsyncComponent, hydrateOnVisible } from 'vue'
import type { AsyncComponentLoader, Component, HydrationStrategy } from 'vue'
import type { BlockType } from '#shared/schema'

/**
 * How a prerendered block comes alive in the browser:
 * - `never`: it has no behaviour of its own (text, tables, math, images, cards, plain links).
 *   Its code is never downloaded for a page that arrives server-rendered; the HTML is the
 *   block. Its links still navigate inside the app (plugins/app-links.client.ts).
 * - `visible`: it does something as soon as it is on screen (the hero pauses its background
 *   video for visitors who prefer reduced motion; an embed fetches its component); its code
 *   loads when it comes near. A block that answered the keyboard in its server-drawn form
 *   would need to hydrate with the page instead (a key pressed before its code arrived could
 *   not be replayed); none does: embeds draw their interactive part once it is loaded.
 * After a client-side navigation every block is rendered in the browser, so each loads then.
 */
export type Hydration = 'never' | 'visible'

const never: HydrationStrategy = () => undefined
const strategies: Record<Hydration, HydrationStrategy> = {
  never,
  visible: hydrateOnVisible({ rootMargin: '200px' }),
}

export const blockHydration = {
  'hero': 'visible',
  'listing-mixed': 'never',
  'listing-latest': 'never',
  'heading-with-text': 'never',
  'image': 'never',
  'listing-research': 'never',
  'testimonial': 'never',
  'rich-text': 'never',
  'content-heading': 'never',
  'table': 'never',
  'math': 'never',
  'embed': 'visible',
  'quote': 'never',
  'video': 'never',
  'button-group': 'never',
  'listing-index': 'never',
} as const satisfies Record<BlockType, Hydration>

const loaders = {
  'hero': () => import('./BlocksHero.vue'),
  'listing-mixed': () => import('./BlocksListingMixed.vue'),
  'listing-latest': () => import('./BlocksListingLatest.vue'),
  'heading-with-text': () => import('./BlocksHeadingWithText.vue'),
  'image': () => import('./BlocksImage.vue'),
  'listing-research': () => import('./BlocksListingResearch.vue'),
  'testimonial': () => import('./BlocksTestimonial.vue'),
  'rich-text': () => import('./BlocksRichText.vue'),
  'content-heading': () => import('./BlocksContentHeading.vue'),
  'table': () => import('./BlocksTable.vue'),
  'math': () => import('./BlocksMath.vue'),
  'embed': () => import('./BlocksEmbed.vue'),
  'quote': () => import('./BlocksQuote.vue'),
  'video': () => import('./BlocksVideo.vue'),
  'button-group': () => import('./BlocksButtonGroup.vue'),
  'listing-index': () => import('./BlocksListingIndex.vue'),
} satisfies Record<BlockType, AsyncComponentLoader>

/**
 * Which component draws which block: each in its own chunk, hydrated as `blockHydration`
 * says. `satisfies` makes a block type without a component (or a component for a type that
 * does not exist) a type error instead of a blank space.
 */
export const blockComponents = Object.fromEntries(
  (Object.keys(loaders) as BlockType[]).map((type) => {
    // Vue fetches an async component's code as soon as hydration reaches it, whatever the
    // strategy says; the strategy only delays hydrating. The outer component resolves at
    // once to the inner one, whose code is fetched only when it is really rendered or
    // hydrated (the same wrapping Nuxt's own lazy components use).
    const inner = defineAsyncComponent(loaders[type] as AsyncComponentLoader<Component>)
    const outer: Component = defineAsyncComponent({ loader: () => Promise.resolve(inner), hydrate: strategies[blockHydration[type]] })
    return [type, outer]
  }),
) as Record<BlockType, Component>

/** The module id Vue's SSR build registers for a block's component (`components/blocks/BlocksRichText.vue`). */
export function blockModuleId(type: BlockType): string {
  return `components/blocks/Blocks${type.split('-').map(w => w[0]!.toUpperCase() + w.slice(1)).join('')}.vue`
}

/**
 * The module ids of blocks that do not hydrate on load. modules/framework-internals.ts
 * keeps them out of each page's `modulepreload` links, or the browser would download them
 * anyway.
 */
export const deferredBlockModuleIds: readonly string[] = (Object.keys(blockHydration) as BlockType[])
  .filter(t => blockHydration[t] === 'never')
  .map(blockModuleId)
