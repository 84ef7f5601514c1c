import type { Component } from 'vue'
import type { BlockType } from '#shared/schema'
import BlocksHeadingWithText from './BlocksHeadingWithText.vue'
import BlocksHero from './BlocksHero.vue'
import BlocksImage from './BlocksImage.vue'
import BlocksListingLatest from './BlocksListingLatest.vue'
import BlocksListingMixed from './BlocksListingMixed.vue'
import BlocksListingResearch from './BlocksListingResearch.vue'
import BlocksTestimonial from './BlocksTestimonial.vue'

/**
 * Which component draws which block. `satisfies` makes a block type without a component
 * (or a component for a type that does not exist) a type error instead of a blank space.
 */
export const blockComponents = {
  'hero': BlocksHero,
  'listing-mixed': BlocksListingMixed,
  'listing-latest': BlocksListingLatest,
  'heading-with-text': BlocksHeadingWithText,
  'image': BlocksImage,
  'listing-research': BlocksListingResearch,
  'testimonial': BlocksTestimonial,
} satisfies Record<BlockType, Component>
