import type { Component } from 'vue'
import type { BlockType } from '#shared/schema'
import BlocksHeadingWithText from './BlocksHeadingWithText.vue'
import BlocksHero from './BlocksHero.vue'
import BlocksImage from './BlocksImage.vue'
import BlocksListingLatest from './BlocksListingLatest.vue'
import BlocksListingMixed from './BlocksListingMixed.vue'
import BlocksListingResearch from './BlocksListingResearch.vue'
import BlocksTestimonial from './BlocksTestimonial.vue'
import BlocksRichText from './BlocksRichText.vue'
import BlocksContentHeading from './BlocksContentHeading.vue'
import BlocksTable from './BlocksTable.vue'
import BlocksMath from './BlocksMath.vue'
import BlocksSampleViewer from './BlocksSampleViewer.vue'
import BlocksQuote from './BlocksQuote.vue'
import BlocksVideo from './BlocksVideo.vue'
import BlocksButtonGroup from './BlocksButtonGroup.vue'
import BlocksListingIndex from './BlocksListingIndex.vue'

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
  'rich-text': BlocksRichText,
  'content-heading': BlocksContentHeading,
  'table': BlocksTable,
  'math': BlocksMath,
  'sample-viewer': BlocksSampleViewer,
  'quote': BlocksQuote,
  'video': BlocksVideo,
  'button-group': BlocksButtonGroup,
  'listing-index': BlocksListingIndex,
} satisfies Record<BlockType, Component>
