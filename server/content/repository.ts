import type { Block, EntryCard, IndexView, Page, PageData, PageTransitionName, RenderAuthor, RenderBlock, TaxonomyLink, TocEntry } from '../../shared/schema'
import { plainText } from '../../shared/utils/rich-text'
import { embedDefinitions } from '../../shared/schema/embeds'
import type { RichBlock } from '../../shared/utils/rich-text'
import {
  compareByDate, defaultIndexState, facetsForState, filterKey, indexFacets, indexStatePath, parseIndexStatePath,
} from '../../shared/utils/listing-index'
import type { Facet, IndexState } from '../../shared/utils/listing-index'
import { freezeShared } from '../../shared/utils/freeze'
import { createLru } from '../../shared/utils/lru'
import { slugify } from '../../shared/utils/slug'
import { imageVariantUrl, widthsFor } from '../../shared/utils/image-variants'
import { listingIndexLists } from './listing-index-lists'
import type { ListingIndexLists } from './listing-index-lists'
import { formatProblem } from './problems'
import type { ContentProblem } from './problems'
import { createRichResolver } from './rich'
import type { ParsedRichText } from './rich'
import { structuredData } from './structured-data'
import { blockAnchors } from './paths'
import { collectImages } from './walk'
import type { PageRecord, ValidatedContent } from './validate'
import type { ImageInfo } from './placeholders'

/** Silent reading speed used for "N minute read". */
const wordsPerMinute = 230

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
  /** Paths of every published page, for the prerender list and the sitemap. */
  publishedPaths: () => string[]
  /** Paths of the filtered, sorted and paged states of every index page, for the prerender list. */
  indexStatePaths: () => string[]
  /** Published pages and index states whose transition is not the default, by path. */
  transitions: () => Record<string, PageTransitionName>
  /** Placeholders and versions of the images the navigation shows (dropdowns' featured cards). */
  navigationImages: () => { placeholders: Record<string, string>, versions: Record<string, string> }
  /** Every `/_ipx/` URL the site's pages can ask for, drafts included (for previews). */
  imageVariantUrls: () => Set<string>
}

function toCard(rec: PageRecord): EntryCard {
  return {
    path: rec.path,
    collection: rec.collection!,
    title: rec.page.title,
    description: rec.page.description,
    date: rec.page.date!,
    image: rec.page.image,
    category: rec.page.category,
    tags: rec.page.tags,
    ...(rec.page.authors?.length ? { authors: rec.page.authors.map(a => a.name) } : {}),
  }
}

const taxonomyLink = (base: string, kind: 'category' | 'tag', label: string): TaxonomyLink =>
  ({ label, href: indexStatePath(base, { [kind]: slugify(label), sort: 'newest', page: 1 }) })

function richWords(blocks: RichBlock[]): number {
  return plainText(blocks).split(/\s+/).filter(Boolean).length
}

/** Newest first; same-day entries in title order so the result never depends on file order. */
const newestFirst = compareByDate('newest')
/** How many related articles an article suggests when it names none. */
const relatedCount = 3

/**
 * Builds the read side of the content from a validated set. Throws when the content has
 * errors: a server must never render half-valid content silently.
 */
export function createRepository(content: ValidatedContent, images: ImageInfo = { placeholders: {}, versions: {} }): ContentRepository {
  const errors = content.problems.filter(p => p.severity === 'error')
  if (errors.length || !content.site || !content.navigation) {
    throw new ContentError(errors.length ? errors : [{ file: 'content', path: '', severity: 'error', message: 'site.json and navigation.json are required' }])
  }
  const published = [...content.pages.values()].filter(r => !r.page.draft)
  const byCollection = new Map<string, EntryCard[]>()
  for (const rec of published) {
    // Validation guarantees a date for every collection a listing shows.
    if (!rec.collection || !rec.page.date) continue
    const list = byCollection.get(rec.collection) ?? []
    list.push(toCard(rec))
    byCollection.set(rec.collection, list)
  }
  for (const list of byCollection.values()) list.sort(newestFirst)

  // A page never lists itself: "More research" on a paper shows the other papers.
  // Each collection's list is already newest first: only its head can make the cut.
  const newest = (collections: string[], limit: number, exclude: string): EntryCard[] =>
    collections.flatMap(c => (byCollection.get(c) ?? []).slice(0, limit + 1)).filter(e => e.path !== exclude).sort(newestFirst).slice(0, limit)

  /** Published index pages, by collection: the page at `/<collection>` holding a listing-index block. */
  const indexes = new Map<string, { rec: PageRecord, perPage: number }>()
  for (const rec of published) {
    const block = rec.page.blocks.find(b => b.type === 'listing-index')
    if (block?.type === 'listing-index') indexes.set(block.collection, { rec, perPage: block.perPage })
  }
  // The filters of an index, counted once per collection.
  const facetCache = new Map<string, ReturnType<typeof indexFacets>>()
  const facetsOf = (collection: string) => {
    let facets = facetCache.get(collection)
    if (!facets) facetCache.set(collection, facets = indexFacets(byCollection.get(collection) ?? []))
    return facets
  }
  // The filter bar of a state depends only on its category and tag (or on its being an author's).
  const barCache = new Map<string, ReturnType<typeof facetsForState>>()
  const barOf = (collection: string, state: IndexState) => {
    const key = `${collection} ${state.author ? 'author' : filterKey({ category: state.category, tag: state.tag })}`
    let bar = barCache.get(key)
    if (!bar) barCache.set(key, bar = facetsForState(facetsOf(collection), state, f => listsOf(collection).total(f)))
    return bar
  }
  // An author's own page, from whichever published page gives it (validation checks they agree;
  // a draft's own authors keep theirs, and a draft never lends one to a published page).
  const authorUrls = new Map<string, string>()
  for (const rec of published) for (const a of rec.page.authors ?? []) if (a.url) authorUrls.set(slugify(a.name), a.url)
  const authorFacet = (collection: string, slug: string): IndexView['author'] => {
    const facet = facetsOf(collection).authors.find(f => f.slug === slug)
    const url = authorUrls.get(slug)
    return facet && (url ? { ...facet, url } : facet)
  }
  // Every state of every index is a page of the export: filter and sort once per collection.
  const listCache = new Map<string, ListingIndexLists<EntryCard>>()
  const listsOf = (collection: string) => {
    let lists = listCache.get(collection)
    if (!lists) listCache.set(collection, lists = listingIndexLists(byCollection.get(collection) ?? []))
    return lists
  }
  const indexView = (collection: string, perPage: number, state: IndexState): IndexView => ({
    base: `/${collection}`,
    state,
    perPage,
    ...listsOf(collection).query(state, perPage),
    ...barOf(collection, state),
    ...(state.author ? { author: authorFacet(collection, state.author) } : {}),
  })

  type Resolver = ReturnType<typeof createRichResolver>
  const resolveBlock = (block: Block, anchor: string | undefined, path: string, rich: Resolver, state: IndexState): RenderBlock => {
    switch (block.type) {
      case 'listing-latest':
        return { ...block, anchor, entries: newest(block.collections, block.limit, path) }
      case 'listing-research': {
        const entries = block.items
          ? block.items.map(p => content.pages.get(p)).filter((r): r is PageRecord => !!r && !r.page.draft).map(toCard)
          : newest([block.collection!], block.limit ?? 4, path)
        return { ...block, anchor, entries }
      }
      case 'rich-text':
      case 'heading-with-text':
        return { ...block, anchor, text: rich.text(block.text) }
      case 'table':
        return {
          ...block,
          anchor,
          rows: block.rows.map(row => row.map(cell => typeof cell === 'string'
            ? { content: rich.line(cell), secondary: false }
            : { content: rich.line(cell.text), secondary: cell.secondary })),
        }
      case 'math':
        return { ...block, anchor, html: rich.math(block.tex) }
      case 'listing-index':
        return { ...block, anchor, index: indexView(block.collection, block.perPage, state) }
      case 'embed':
        // Validation checked the props against the component; parsing again fills in defaults.
        return { ...block, anchor, fallback: rich.text(block.fallback), props: embedDefinitions[block.component].props.parse(block.props) } as RenderBlock
      default:
        return { ...block, anchor }
    }
  }

  /** Published pages above `path` (`/research` for `/research/x`), for breadcrumbs. */
  const ancestorsOf = (path: string) => path.split('/').slice(1, -1)
    .map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}`)
    .map(p => content.pages.get(p))
    .filter((r): r is PageRecord => !!r && !r.page.draft)
    .map(r => ({ path: r.path, title: r.page.title }))

  /** `parsed`: the page's rich text as validation parsed it (PageRecord.rich), so it is not parsed again. */
  const resolveAll = (page: Pick<Page, 'blocks' | 'footnotes' | 'footnoteStyle'>, path: string, state: IndexState = defaultIndexState, parsed?: ParsedRichText) => {
    const rich = createRichResolver(page, parsed)
    const anchors = blockAnchors(page.blocks)
    const blocks = page.blocks.map((b, i) => resolveBlock(b, anchors[i], path, rich, state))
    return { blocks, rich }
  }

  // Scoring compares every entry with every other: slugify each entry's labels once, not per pair.
  const slugCache = new Map<string, { tags: string[], category?: string }>()
  const taxonomySlugs = (e: EntryCard) => {
    let slugs = slugCache.get(e.path)
    if (!slugs) slugCache.set(e.path, slugs = { tags: e.tags.map(slugify), category: e.category && slugify(e.category) })
    return slugs
  }

  /** Entries sharing the most tags (two points each) and the category (one point); newest breaks ties. */
  const relatedTo = (rec: PageRecord): EntryCard[] => {
    if (rec.page.related) {
      return rec.page.related.map(p => content.pages.get(p)).filter((r): r is PageRecord => !!r && !r.page.draft && !!r.collection).map(toCard)
    }
    if (!rec.collection) return []
    const tags = new Set(rec.page.tags.map(slugify))
    const category = rec.page.category && slugify(rec.page.category)
    const score = (e: EntryCard) => {
      const slugs = taxonomySlugs(e)
      let points = category && slugs.category === category ? 1 : 0
      for (const t of slugs.tags) if (tags.has(t)) points += 2
      return points
    }
    // The three best scores, newest first among equals: one pass over the collection, which is
    // already newest first, instead of sorting all of it for every article (at 5,000 pages that
    // sort was a few percent of the whole export).
    const best: Array<{ e: EntryCard, score: number }> = []
    for (const e of byCollection.get(rec.collection) ?? []) {
      if (e.path === rec.path) continue
      const points = score(e)
      if (best.length === relatedCount && points <= best[relatedCount - 1]!.score) continue
      let at = best.length
      while (at > 0 && best[at - 1]!.score < points) at--
      best.splice(at, 0, { e, score: points })
      if (best.length > relatedCount) best.pop()
    }
    return best.map(({ e }) => e)
  }

  const siblingsOf = (rec: PageRecord) => {
    if (rec.page.template !== 'policy') return []
    // The navigation's list that holds this policy (the footer's small print, a footer column),
    // in its order and with its labels; without one, the policies in the same folder by title.
    const navigation = content.navigation!
    const list = [navigation.tertiary, ...navigation.footer.map(c => c.items)].find(items => items.some(l => l.href === rec.path))
    if (list) return list.filter(l => content.pages.get(l.href)?.page.draft === false).map(l => ({ path: l.href, title: l.label }))
    const folder = rec.path.slice(0, rec.path.lastIndexOf('/'))
    return published
      .filter(r => r.page.template === 'policy' && r.path.slice(0, r.path.lastIndexOf('/')) === folder)
      .map(r => ({ path: r.path, title: r.page.title }))
      .sort((a, b) => a.title.localeCompare(b.title))
  }

  /** The index page and state a path names, when it is not a page of its own. */
  const indexStateAt = (path: string): { rec: PageRecord, collection: string, state: IndexState } | undefined => {
    const collection = path.split('/')[1]
    const index = collection ? indexes.get(collection) : undefined
    if (!index) return undefined
    const state = parseIndexStatePath(path.slice(`/${collection}`.length))
    if (!state) return undefined
    if (!listsOf(collection!).has(state, index.perPage)) return undefined
    return { rec: index.rec, collection: collection!, state }
  }

  const stateTitle = (title: string, collection: string, state: IndexState): string => {
    const facets = facetsOf(collection)
    const label = (list: Facet[], slug: string | undefined) => list.find(f => f.slug === slug)?.label
    const category = label(facets.categories, state.category)
    const tag = label(facets.tags, state.tag)
    const author = label(facets.authors, state.author)
    const filter = author ? `by ${author}` : [category, tag && `tagged “${tag}”`].filter(Boolean).join(', ')
    const parts = [filter ? `${title}: ${filter}` : title]
    if (state.sort === 'oldest') parts.push('oldest first')
    if (state.page > 1) parts.push(`page ${state.page}`)
    return parts.join(', ')
  }

  /** `index` is set when `path` is a filtered, sorted or paged state of the index page `rec`. */
  const pageDataFor = (rec: PageRecord, path: string, index?: { collection: string, state: IndexState }): PageData => {
    const state = index?.state
    const { page } = rec
    const { blocks, rich } = resolveAll(page, rec.path, state, rec.rich)
    const acknowledgments = page.acknowledgments ? rich.text(page.acknowledgments) : undefined
    const footnotes = rich.footnotes()
    const pagePlaceholders: Record<string, string> = {}
    const imageVersions: Record<string, string> = {}
    const related = page.template === 'article' ? relatedTo(rec) : []
    for (const { image } of collectImages([blocks, related, page.image])) {
      const placeholder = images.placeholders[image.src]
      if (placeholder) pagePlaceholders[image.src] = placeholder
      const version = images.versions[image.src]
      if (version) imageVersions[image.src] = version
    }
    const toc: TocEntry[] = !page.toc ? [] : blocks.flatMap(b => (b.type === 'content-heading' && b.toc && b.anchor ? [{ id: b.anchor, text: b.heading, level: b.level }] : []))
    const words = blocks.reduce((n, b) => {
      if (b.type === 'rich-text' || b.type === 'heading-with-text') return n + richWords(b.text)
      if (b.type === 'embed') return n + richWords(b.fallback)
      if (b.type === 'content-heading') return n + b.heading.split(/\s+/).length
      return n
    }, 0)
    const indexRec = rec.collection ? content.pages.get(`/${rec.collection}`) : undefined
    const collectionIndex = indexRec && !indexRec.page.draft ? { path: indexRec.path, title: indexRec.page.title } : undefined
    const taxonomyBase = rec.collection && indexes.has(rec.collection) ? `/${rec.collection}` : undefined
    const authors = (page.authors ?? []).map((a): RenderAuthor => {
      const slug = slugify(a.name)
      const url = a.url ?? authorUrls.get(slug)
      // A draft's author may have no published work yet: no page to link to.
      const href = taxonomyBase && listsOf(rec.collection!).total({ author: slug }) > 0 ? indexStatePath(taxonomyBase, { author: slug, sort: 'newest', page: 1 }) : undefined
      return { name: a.name, ...(url ? { url } : {}), ...(href ? { href } : {}), ...(a.group ? { group: a.group } : {}) }
    })
    return {
      path,
      title: index ? stateTitle(page.title, index.collection, index.state) : page.title,
      description: page.description,
      theme: page.theme,
      transition: page.transition,
      template: page.template,
      date: page.date,
      updated: page.updated,
      draft: page.draft,
      image: page.image,
      collection: rec.collection,
      collectionIndex,
      category: page.category ? (taxonomyBase ? taxonomyLink(taxonomyBase, 'category', page.category) : { label: page.category }) : undefined,
      tags: taxonomyBase ? page.tags.map(t => taxonomyLink(taxonomyBase, 'tag', t)) : [],
      links: page.links,
      authors,
      footnotes,
      footnoteStyle: page.footnoteStyle,
      notesHeading: page.notesHeading,
      acknowledgments,
      related,
      toc,
      readingMinutes: page.readingMinutes ?? Math.max(1, Math.ceil(words / wordsPerMinute)),
      label: page.label,
      banner: page.banner,
      siblings: siblingsOf(rec),
      hasMath: rich.hasMath,
      searchable: path === rec.path,
      indexable: !state || (state.sort === defaultIndexState.sort && state.page === 1 && !(state.category && state.tag)),
      blocks,
      placeholders: pagePlaceholders,
      imageVersions,
      preview: false,
      structuredData: structuredData({
        site: content.site!,
        navigation: content.navigation!,
        path: rec.path,
        page,
        collection: rec.collection,
        authors,
        ancestors: ancestorsOf(rec.path),
      }),
    }
  }

  // Content never changes while a repository lives (dev builds a new one on each edit), so a
  // rendered page can be kept: the Node server then parses rich text and TeX once per page.
  // Bounded, oldest use out first: memory stays flat however many pages the site has (an
  // export renders each page once, so keeping them all would only grow the heap).
  const cache = createLru<string, PageData>(256)

  // Site data, which the server reads on every render: worked out once, on first use.
  let navigationImages: ReturnType<ContentRepository['navigationImages']> | undefined
  let transitions: ReturnType<ContentRepository['transitions']> | undefined
  const navigationImagesOf = () => {
    const out = { placeholders: {} as Record<string, string>, versions: {} as Record<string, string> }
    for (const { image } of collectImages(content.navigation)) {
      if (images.placeholders[image.src]) out.placeholders[image.src] = images.placeholders[image.src]!
      if (images.versions[image.src]) out.versions[image.src] = images.versions[image.src]!
    }
    return out
  }
  const transitionsOf = () => {
    const out: Record<string, PageTransitionName> = {}
    for (const rec of published) {
      if (rec.page.transition === 'simple') continue
      out[rec.path] = rec.page.transition
      // An index's filtered, sorted and paged states are that page too.
      for (const [collection, index] of indexes) {
        if (index.rec !== rec) continue
        for (const state of listsOf(collection).states(index.perPage)) out[indexStatePath(rec.path, state)] = rec.page.transition
      }
    }
    return out
  }

  return {
    site: freezeShared(content.site),
    navigation: freezeShared(content.navigation),
    page(path, { includeDrafts = false } = {}) {
      const key = `${includeDrafts ? 'draft:' : ''}${path}`
      const kept = cache.get(key)
      if (kept) return kept
      const rec = content.pages.get(path)
      let result: PageData | undefined
      if (rec) result = rec.page.draft && !includeDrafts ? undefined : pageDataFor(rec, path)
      else {
        const found = indexStateAt(path)
        result = found ? pageDataFor(found.rec, path, found) : undefined
      }
      // Unknown paths are not kept: any visitor can ask for any number of them. Kept pages
      // are frozen: the app's server render reads them in-process, shared by every request.
      if (result) cache.set(key, freezeShared(result))
      return result
    },
    resolveBlocks: (blocks, path) => resolveAll({ blocks, footnotes: [], footnoteStyle: 'numbers' }, path).blocks,
    summary(path) {
      const rec = content.pages.get(path)
      return rec && !rec.page.draft ? { title: rec.page.title, description: rec.page.description } : undefined
    },
    collections: () => [...byCollection.keys()].sort(),
    entries: collection => byCollection.get(collection) ?? [],
    publishedPaths: () => published.map(r => r.path).sort(),
    navigationImages: () => navigationImages ??= freezeShared(navigationImagesOf()),
    imageVariantUrls() {
      const urls = new Set<string>()
      for (const { image } of collectImages([[...content.pages.values()].map(rec => rec.page), content.site, content.navigation])) {
        for (const width of widthsFor(image.width)) urls.add(imageVariantUrl(image.src, width, images.versions[image.src]))
      }
      return urls
    },
    transitions: () => transitions ??= freezeShared(transitionsOf()),
    indexStatePaths: () => [...indexes].flatMap(([collection, { perPage }]) =>
      listsOf(collection).states(perPage).map(state => indexStatePath(`/${collection}`, state)))
      .filter(p => !content.pages.has(p))
      .sort(),
  }
}

export class ContentError extends Error {
  constructor(public readonly problems: ContentProblem[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(p => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'ContentError'
  }
}
