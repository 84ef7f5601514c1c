import type { RichBlock, RichInline } from '../utils/rich-text'
import type { Facet, IndexState } from '../utils/listing-index'
import type { Block, BlockType } from './blocks'
import type { Image, Link, PageTransitionName, Theme } from './primitives'
import type { Navigation, Page, Site } from './content'
import type { EmbedName, EmbedProps } from './embeds'

export type { RichBlock, RichInline, RichList, RichListItem } from '../utils/rich-text'
export type { Facet, IndexState } from '../utils/listing-index'

/** What a card needs to know about a collection entry. */
export interface EntryCard {
  path: string
  collection: string
  title: string
  description: string
  date: string
  /** Optional: a post may have none; its card then shows its description. */
  image?: Image
  category?: string
  tags: string[]
  /** Names of its authors, for the index's author pages. */
  authors?: string[]
}

/** A label with the index page it filters (`/research/tag/circuits`). */
export interface TaxonomyLink {
  label: string
  href: string
}

/** What an index page shows in one state: the server filtered, sorted and paged it. */
export interface IndexView {
  /** Path of the index itself, without state (`/research`). */
  base: string
  state: IndexState
  items: EntryCard[]
  total: number
  pageCount: number
  perPage: number
  /** Categories counted within the chosen tag, tags within the chosen category (facetsForState). */
  categories: Facet[]
  tags: Facet[]
  /** The author whose work this state lists, with their own page when one is known. */
  author?: Facet & { url?: string }
}

/** An author as an article or post shows them. */
export interface RenderAuthor {
  name: string
  /** Their own page, as content gives it (on this page or another naming them). */
  url?: string
  /** The index's page of their work (`/research/author/ines-calder`), when the collection has an index. */
  href?: string
  group?: string
}

export interface RenderTableCell {
  content: RichInline[]
  secondary: boolean
}

type WithEntries<B> = B & { entries: EntryCard[] }

/**
 * A block as the renderer receives it: listings carry the entries the server resolved,
 * and every block carries its final anchor (explicit id, else its heading's slug, made unique).
 */
type Resolved<T extends BlockType, R> = Omit<Extract<Block, { type: T }>, keyof R> & R

/** Blocks whose content the server transforms: rich text parsed, TeX rendered, listings filled in. */
type TransformedType = 'listing-latest' | 'listing-research' | 'rich-text' | 'heading-with-text' | 'table' | 'math' | 'listing-index' | 'embed'

/** An embed with its fallback parsed and its props checked against its component (defaults filled in). */
export type RenderEmbed = {
  [N in EmbedName]: Omit<Extract<Block, { type: 'embed' }>, 'component' | 'props' | 'fallback'> & { component: N, props: EmbedProps<N>, fallback: RichBlock[] }
}[EmbedName]

export type RenderBlock = (
  | Exclude<Block, { type: TransformedType }>
  | WithEntries<Extract<Block, { type: 'listing-latest' }>>
  | WithEntries<Extract<Block, { type: 'listing-research' }>>
  | Resolved<'rich-text', { text: RichBlock[] }>
  | Resolved<'heading-with-text', { text: RichBlock[] }>
  | Resolved<'table', { rows: RenderTableCell[][] }>
  /** `html` is KaTeX's server rendering of `tex`. */
  | Resolved<'math', { html: string }>
  | Resolved<'listing-index', { index: IndexView }>
  | RenderEmbed
) & { anchor?: string }

/** The props type of one block component: `defineProps<{ block: BlockOf<'hero'> }>()`. */
export type BlockOf<T extends BlockType> = Extract<RenderBlock, { type: T }>

export interface TocEntry {
  id: string
  text: string
  level: 2 | 3
}

export interface RenderFootnote {
  /** The note's element id (`fn-seeds`). */
  id: string
  /** `1` or `a`. */
  label: string
  content: RichBlock[]
  /** Ids of the references pointing at it, for the links back. */
  refIds: string[]
}

export interface PageData {
  path: string
  title: string
  description: string
  theme: Theme
  transition: PageTransitionName
  template: Page['template']
  date?: string
  updated?: string
  draft: boolean
  image?: Image
  collection?: string
  /** The collection's index page, for "View all" and category links. */
  collectionIndex?: { path: string, title: string }
  /** Without a link when the collection has no index page to filter. */
  category?: { label: string, href?: string }
  tags: TaxonomyLink[]
  links: Link[]
  authors: RenderAuthor[]
  footnotes: RenderFootnote[]
  footnoteStyle: Page['footnoteStyle']
  notesHeading: string
  /** A short label above a policy's title ("Legal"). */
  label?: string
  /** This page's own announcement banner, or false for none; undefined shows the site's. */
  banner?: Page['banner']
  acknowledgments?: RichBlock[]
  related: EntryCard[]
  toc: TocEntry[]
  readingMinutes: number
  /** Other pages with the policy template in the same folder, for the side navigation. */
  siblings: Array<{ path: string, title: string }>
  /** Whether any block or note holds math, so the page loads KaTeX's stylesheet. */
  hasMath: boolean
  /** False for the filtered and paged states of an index, so search lists only the index itself. */
  searchable: boolean
  /**
   * Whether search engines should index the page. Tag, category and author states of an index
   * are pages of their own (indexed, in the sitemap); a category and tag together, other sort
   * orders and later pages only narrow, reorder or continue one, so they are `noindex, follow`:
   * crawlers still reach every entry.
   */
  indexable: boolean
  blocks: RenderBlock[]
  /** Tiny blurred previews of this page's images, by `src`. */
  placeholders: Record<string, string>
  /** A hash of each of this page's image files, by `src`: part of its variant URLs. */
  imageVersions: Record<string, string>
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
  /** Unique on the page (`embed-line-chart`): an embed is shown once per component. */
  id: string
  /** What the entry is called (`embed: line-chart`). */
  name: string
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
  /**
   * How each page appears when a visitor arrives on it, by path, for the pages (and index
   * states) whose transition is not the default `simple`: known before the page's data arrives.
   */
  transitions: Record<string, PageTransitionName>
  /** Placeholders and versions of the navigation's own images (UiImage reads them as a page's). */
  navigationImages: { placeholders: Record<string, string>, versions: Record<string, string> }
}
