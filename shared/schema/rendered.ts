import type { Block, BlockType } from './blocks'
import type { Image, PageTransitionName, Theme } from './primitives'
import type { Navigation, Site } from './content'

/** What a card needs to know about a collection entry. */
export interface EntryCard {
  path: string
  collection: string
  title: string
  description: string
  date: string
  image: Image
}

type WithEntries<B> = B & { entries: EntryCard[] }

/**
 * A block as the renderer receives it: listings carry the entries the server resolved,
 * and every block carries its final anchor (explicit id, else its heading's slug, made unique).
 */
export type RenderBlock = (
  | Exclude<Block, { type: 'listing-latest' | 'listing-research' }>
  | WithEntries<Extract<Block, { type: 'listing-latest' }>>
  | WithEntries<Extract<Block, { type: 'listing-research' }>>
) & { anchor?: string }

/** The props type of one block component: `defineProps<{ block: BlockOf<'hero'> }>()`. */
export type BlockOf<T extends BlockType> = Extract<RenderBlock, { type: T }>

export interface PageData {
  path: string
  title: string
  description: string
  theme: Theme
  transition: PageTransitionName
  date?: string
  draft: boolean
  image?: Image
  collection?: string
  blocks: RenderBlock[]
  /** Tiny blurred previews of this page's images, by `src`. */
  placeholders: Record<string, string>
  /** Whether this response was made for a visitor in draft preview (never in the static export). */
  preview: boolean
  /** schema.org data for search engines (Organization, Article, BreadcrumbList). */
  structuredData: Array<Record<string, unknown>>
}

/** A collection with an index page gets RSS and Atom feeds. */
export interface FeedLink {
  collection: string
  title: string
  rss: string
  atom: string
}

/** One block type in the catalogue: its schema example, and that example ready to render. */
export interface CatalogueEntry {
  type: BlockType
  description: string
  example: unknown
  block: RenderBlock
}

export interface CatalogueGroup {
  title: string
  entries: CatalogueEntry[]
}

export interface SiteData {
  site: Site
  navigation: Navigation
  feeds: FeedLink[]
  /** The year the page was rendered, for the copyright line (fixed at build so hydration agrees). */
  year: number
}
