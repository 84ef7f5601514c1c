import type { Block, EntryCard, PageData, RenderBlock } from '../../shared/schema'
import { formatProblem } from './problems'
import type { ContentProblem } from './problems'
import { structuredData } from './structured-data'
import { blockAnchors } from './validate'
import { collectImages } from './walk'
import type { PageRecord, ValidatedContent } from './validate'

export interface ContentRepository {
  site: NonNullable<ValidatedContent['site']>
  navigation: NonNullable<ValidatedContent['navigation']>
  /** A page ready to render (drafts only when asked, for preview), or undefined when there is none. */
  page: (path: string, options?: { includeDrafts?: boolean }) => PageData | undefined
  /** Title and description of a published page, without resolving its blocks. */
  summary: (path: string) => { title: string, description: string } | undefined
  /** Blocks resolved as a page at `path` would have them (listings filled in, anchors set). */
  resolveBlocks: (blocks: Block[], path: string) => RenderBlock[]
  /** Published entries of a collection, newest first. */
  entries: (collection: string) => EntryCard[]
  /** Names of the collections that have published entries. */
  collections: () => string[]
  /** Paths of every published page, for the prerender list. */
  publishedPaths: () => string[]
}

function toCard(rec: PageRecord): EntryCard {
  return {
    path: rec.path,
    collection: rec.collection!,
    title: rec.page.title,
    description: rec.page.description,
    date: rec.page.date!,
    image: rec.page.image!,
  }
}

/** Newest first; same-day entries in title order so the result never depends on file order. */
export function compareEntries(a: EntryCard, b: EntryCard): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title)
}

/**
 * Builds the read side of the content from a validated set. Throws when the content has
 * errors: a server must never render half-valid content silently.
 */
export function createRepository(content: ValidatedContent, placeholders: Record<string, string> = {}): ContentRepository {
  const errors = content.problems.filter(p => p.severity === 'error')
  if (errors.length || !content.site || !content.navigation) {
    throw new ContentError(errors.length ? errors : [{ file: 'content', path: '', severity: 'error', message: 'site.json and navigation.json are required' }])
  }
  const published = [...content.pages.values()].filter(r => !r.page.draft)
  const byCollection = new Map<string, EntryCard[]>()
  for (const rec of published) {
    // Validation guarantees date and image for every collection a listing shows.
    if (!rec.collection || !rec.page.date || !rec.page.image) continue
    const list = byCollection.get(rec.collection) ?? []
    list.push(toCard(rec))
    byCollection.set(rec.collection, list)
  }
  for (const list of byCollection.values()) list.sort(compareEntries)

  // A page never lists itself: "More research" on a paper shows the other papers.
  const newest = (collections: string[], limit: number, exclude: string): EntryCard[] =>
    collections.flatMap(c => byCollection.get(c) ?? []).filter(e => e.path !== exclude).sort(compareEntries).slice(0, limit)

  const resolveBlock = (block: Block, anchor: string | undefined, path: string): RenderBlock => {
    const withAnchor = { ...block, anchor }
    if (block.type === 'listing-latest') return { ...block, anchor, entries: newest(block.collections, block.limit, path) }
    if (block.type === 'listing-research') {
      const entries = block.items
        ? block.items.map(p => content.pages.get(p)).filter((r): r is PageRecord => !!r && !r.page.draft).map(toCard)
        : newest([block.collection!], block.limit ?? 4, path)
      return { ...block, anchor, entries }
    }
    return withAnchor as RenderBlock
  }

  /** Published pages above `path` (`/research` for `/research/x`), for breadcrumbs. */
  const ancestorsOf = (path: string) => path.split('/').slice(1, -1)
    .map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}`)
    .map(p => content.pages.get(p))
    .filter((r): r is PageRecord => !!r && !r.page.draft)
    .map(r => ({ path: r.path, title: r.page.title }))

  const resolveBlocks = (blocks: Block[], path: string): RenderBlock[] => {
    const anchors = blockAnchors(blocks)
    return blocks.map((b, i) => resolveBlock(b, anchors[i], path))
  }

  return {
    site: content.site,
    navigation: content.navigation,
    page(path, { includeDrafts = false } = {}) {
      const rec = content.pages.get(path)
      if (!rec || (rec.page.draft && !includeDrafts)) return undefined
      const blocks = resolveBlocks(rec.page.blocks, path)
      const pagePlaceholders: Record<string, string> = {}
      for (const { image } of collectImages(blocks)) {
        const placeholder = placeholders[image.src]
        if (placeholder) pagePlaceholders[image.src] = placeholder
      }
      const { page } = rec
      return {
        path,
        title: page.title,
        description: page.description,
        theme: page.theme,
        transition: page.transition,
        date: page.date,
        draft: page.draft,
        image: page.image,
        collection: rec.collection,
        blocks,
        placeholders: pagePlaceholders,
        preview: false,
        structuredData: structuredData({
          site: content.site!,
          navigation: content.navigation!,
          path,
          page,
          collection: rec.collection,
          ancestors: ancestorsOf(path),
        }),
      }
    },
    resolveBlocks,
    summary(path) {
      const rec = content.pages.get(path)
      return rec && !rec.page.draft ? { title: rec.page.title, description: rec.page.description } : undefined
    },
    collections: () => [...byCollection.keys()].sort(),
    entries: collection => byCollection.get(collection) ?? [],
    publishedPaths: () => published.map(r => r.path).sort(),
  }
}

export class ContentError extends Error {
  constructor(public readonly problems: ContentProblem[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(p => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'ContentError'
  }
}
