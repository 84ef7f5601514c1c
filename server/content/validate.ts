import { z } from 'zod'
import { NavigationSchema, PageSchema, SiteSchema, blockHeading, blockSchemas, blockTypes } from '../../shared/schema'
import type { Block, Navigation, Page, Site } from '../../shared/schema'
import { slugify } from '../../shared/utils/slug'
import { pathForFile } from './paths'
import { isFileHref, isInternalPath } from '../../shared/utils/href'
import { findJsonError } from './json-error'
import { schemaRefFor } from '../../shared/schema/files'
import { closest, formatJsonPath, lineAndColumn } from './problems'
import { inlineNodes } from '../../shared/utils/rich-text'
import { parseIndexStatePath, reservedIndexSegments } from '../../shared/utils/listing-index'
import type { IndexEntry } from '../../shared/utils/listing-index'
import { listingIndexLists } from './listing-index-lists'
import type { ListingIndexLists } from './listing-index-lists'
import { renderTex } from './math'
import { parseField, parsedKey, richTextFields } from './rich'
import type { ParsedRichText } from './rich'
import { collectHrefs } from './walk'
import type { ContentProblem, JsonPath } from './problems'

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes: `research/sparse-circuits.json`. */
  name: string
  text: string
}

export interface PageRecord {
  /** URL path: `/research/sparse-circuits`. */
  path: string
  /** Where it came from, for messages: `content/research/sparse-circuits.json`. */
  file: string
  /** The folder it belongs to when it is a collection entry, e.g. `research`. */
  collection?: string
  page: Page
  /** Its rich text fields, parsed while validating (server/content/rich.ts). */
  rich?: ParsedRichText
}

export interface ValidatedContent {
  problems: ContentProblem[]
  /** URL paths of page files that exist but have errors (already reported). */
  invalidPaths: Set<string>
  site?: Site
  navigation?: Navigation
  /** Every valid page, drafts included, by URL path. */
  pages: Map<string, PageRecord>
}

const reservedFiles = new Set(['site.json', 'navigation.json'])

/**
 * Every field name any schema knows, for "did you mean" hints on unknown keys (read from their
 * JSON Schemas): worked out the first time a file has an unknown key, not at every start-up.
 */
let knownFields: Set<string> | undefined
const knownFieldNames = (): Set<string> => knownFields ??= (() => {
  const names = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const { properties } = node as { properties?: unknown }
    if (properties && typeof properties === 'object') for (const name of Object.keys(properties)) names.add(name)
    Object.values(node).forEach(visit)
  }
  for (const schema of [PageSchema, NavigationSchema, SiteSchema]) visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))
  return names
})()

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'a string'
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let v: unknown = root
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[key as string]
  }
  return v
}

/** Turns zod's issues into author-facing problems with precise JSON paths. */
function issuesToProblems(file: string, data: unknown, issues: z.core.$ZodIssue[]): ContentProblem[] {
  const out: ContentProblem[] = []
  for (const issue of issues) {
    const path = issue.path
    if (issue.code === 'unrecognized_keys') {
      // In a block, hint with that block type's own fields: "links" is a field of some blocks,
      // and suggesting it for itself on another would say nothing.
      const type = (valueAt(data, path) as { type?: unknown } | undefined)?.type
      const block = blockSchemas.find(b => b.shape.type.value === type)
      const candidates = block ? Object.keys(block.shape) : [...knownFieldNames()]
      for (const key of issue.keys) {
        const hint = closest(key, candidates.filter(name => name !== key))
        out.push({ file, path: formatJsonPath([...path, key]), severity: 'error', message: `unknown field "${key}"${hint ? `; did you mean "${hint}"?` : ''}` })
      }
      continue
    }
    if (issue.code === 'invalid_union' && (issue as { discriminator?: string }).discriminator === 'type') {
      const given = valueAt(data, path)
      const known = blockTypes.join(', ')
      if (typeof given !== 'string') {
        out.push({ file, path: formatJsonPath(path), severity: 'error', message: `is required: the block type, one of ${known}` })
      }
      else {
        const hint = closest(given, blockTypes)
        out.push({ file, path: formatJsonPath(path), severity: 'error', message: `unknown block type "${given}"${hint ? `; did you mean "${hint}"?` : '.'} Known types: ${known}` })
      }
      continue
    }
    if (issue.code === 'invalid_type' && path.length === 0) {
      out.push({ file, path: '', severity: 'error', message: `the file must hold one JSON object ({ ... }), not ${describeValue(data)}` })
      continue
    }
    if (issue.code === 'invalid_type') {
      const given = valueAt(data, path)
      const expected = issue.expected === 'array' ? 'an array' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`
      out.push({
        file,
        path: formatJsonPath(path),
        severity: 'error',
        message: given === undefined ? `is required (${expected})` : `must be ${expected}, not ${describeValue(given)}`,
      })
      continue
    }
    if (issue.code === 'invalid_value') {
      // A misspelt name (a theme, a network, an embed) gets the closest allowed one.
      const given = valueAt(data, path)
      const hint = typeof given === 'string' ? closest(given, issue.values.filter((v): v is string => typeof v === 'string')) : undefined
      out.push({ file, path: formatJsonPath(path), severity: 'error', message: `must be one of ${issue.values.map(v => JSON.stringify(v)).join(', ')}${hint ? `; did you mean "${hint}"?` : ''}` })
      continue
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      out.push({ file, path: formatJsonPath(path), severity: 'error', message: issue.message.replace(/^Too (small|big): expected /, 'must be ') })
      continue
    }
    out.push({ file, path: formatJsonPath(path), severity: 'error', message: issue.message })
  }
  return out
}

function parseJson(file: string, text: string): { ok: true, data: unknown } | { ok: false, problem: ContentProblem } {
  try {
    return { ok: true, data: JSON.parse(text) }
  }
  catch {
    const { offset, reason } = findJsonError(text)
    const { line, column } = lineAndColumn(text, offset)
    return { ok: false, problem: { file, path: '', severity: 'error', message: `invalid JSON at line ${line}, column ${column}: ${reason}` } }
  }
}

/** Editors only check a file as it is typed when it names its schema. Not an error: the build checks anyway. */
function checkSchemaRef(file: string, name: string, data: unknown): ContentProblem[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const expected = schemaRefFor(name)
  const given = (data as Record<string, unknown>).$schema
  if (given === expected) return []
  return [{
    file,
    path: '$schema',
    severity: 'warning',
    message: given === undefined
      ? `is missing; start the file with "$schema": "${expected}" so your editor checks it as you type`
      : `should be "${expected}" (the path from this file to ${expected.replace(/^(\.\.\/)+/, '')})`,
  }]
}

/** Pages whose blocks reference other pages or collections. */
function crossCheck(result: ValidatedContent): void {
  const { pages, problems } = result
  const collections = new Set<string>()
  for (const rec of pages.values()) if (rec.collection) collections.add(rec.collection)

  // Entries of a collection that a listing shows need what a card needs.
  const listed = new Set<string>()
  for (const rec of pages.values()) {
    for (const block of rec.page.blocks) {
      if (block.type === 'listing-latest') block.collections.forEach(c => listed.add(c))
      if (block.type === 'listing-research' && block.collection) listed.add(block.collection)
      if (block.type === 'listing-research' && block.items) block.items.forEach(p => pages.get(p)?.collection && listed.add(pages.get(p)!.collection!))
      if (block.type === 'listing-index') listed.add(block.collection)
    }
    if (rec.page.template === 'article' && rec.collection) listed.add(rec.collection)
  }
  const indexed = new Set<string>()
  for (const rec of pages.values()) for (const b of rec.page.blocks) if (b.type === 'listing-index') indexed.add(b.collection)
  for (const rec of pages.values()) {
    if (rec.collection && listed.has(rec.collection)) {
      if (!rec.page.date) problems.push({ file: rec.file, path: 'date', severity: 'error', message: `is required: "${rec.collection}" entries appear in listings, which sort by date` })
    }
    const seenIds = new Map<string, number>()
    rec.page.blocks.forEach((block, i) => {
      if (block.id) {
        const first = seenIds.get(block.id)
        if (first !== undefined) problems.push({ file: rec.file, path: `blocks[${i}].id`, severity: 'error', message: `"${block.id}" is already the id of blocks[${first}]` })
        else seenIds.set(block.id, i)
      }
      checkBlockReferences(rec, block, i, result, collections)
    })
    const banner = rec.page.banner ? collectHrefs(rec.page.banner, ['banner']) : []
    for (const { href, path } of [...collectHrefs(rec.page.blocks, ['blocks']), ...collectHrefs(rec.page.links, ['links']), ...banner]) {
      checkInternalLink(rec.file, path, href, !rec.page.draft, result)
    }
    checkLongForm(rec, result)
    // The export writes its not-found page from /404 (modules/content.ts); /_blocks is the catalogue.
    if (rec.path === '/404' || rec.path === '/_blocks') {
      problems.push({ file: rec.file, path: '', severity: 'error', message: `${rec.path} is reserved for the site's ${rec.path === '/404' ? 'not-found page' : 'block catalogue'}. Rename the file.` })
    }
    if (rec.collection && indexed.has(rec.collection)) {
      const name = rec.path.slice(rec.path.lastIndexOf('/') + 1)
      if ((reservedIndexSegments as readonly string[]).includes(name)) {
        problems.push({ file: rec.file, path: '', severity: 'error', message: `"${name}" is a reserved name in ${rec.collection}/: the index uses /${rec.collection}/${name}/... for its filters and pages. Rename the file.` })
      }
    }
  }
  checkAuthorUrls(result)
  if (result.navigation) {
    for (const { href, path } of collectHrefs(result.navigation, [])) checkInternalLink('content/navigation.json', path, href, true, result)
  }
  result.site?.cta?.links.forEach((link, i) => checkInternalLink('content/site.json', `cta.links[${i}].href`, link.href, true, result))
}

/** An author has one page of their own: pages that give their `url` must agree on it. */
function checkAuthorUrls({ pages, problems }: ValidatedContent): void {
  const seen = new Map<string, { url: string, file: string }>()
  for (const rec of [...pages.values()].sort((a, b) => a.file.localeCompare(b.file))) {
    rec.page.authors?.forEach((author, i) => {
      if (!author.url) return
      const slug = slugify(author.name)
      const first = seen.get(slug)
      if (!first) seen.set(slug, { url: author.url, file: rec.file })
      else if (first.url !== author.url) {
        problems.push({ file: rec.file, path: `authors[${i}].url`, severity: 'error', message: `${author.name}'s page is given as ${first.url} in ${first.file}; give the same url, or leave it out` })
      }
    })
  }
}

function checkInternalLink(file: string, path: string, href: string, fromPublished: boolean, content: ValidatedContent): void {
  const { pages, problems } = content
  if (!isInternalPath(href)) return
  const target = href.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1')
  // The target's own errors are already listed; a second line here would only mislead.
  if (content.invalidPaths.has(target)) return
  // Links to files (feeds, downloads) are checked against the export, not against pages.
  if (isFileHref(target)) return
  const page = pages.get(target)
  if (!page && isIndexState(target, content)) return
  if (!page) {
    const hint = closest(target, pages.keys())
    problems.push({ file, path, severity: 'error', message: `links to ${target}, but no page has that path${hint ? `; did you mean ${hint}?` : ''}` })
  }
  else if (fromPublished && page.page.draft) {
    problems.push({ file, path, severity: 'error', message: `links to ${target}, which is a draft and will not be published` })
  }
}

function checkBlockReferences(rec: PageRecord, block: Block, index: number, content: ValidatedContent, collections: Set<string>): void {
  const { pages, problems } = content
  const at = (suffix: string) => `blocks[${index}].${suffix}`
  const known = () => [...collections].sort().join(', ') || 'none'
  const checkCollection = (name: string, path: string) => {
    if (!collections.has(name)) {
      const hint = closest(name, collections)
      problems.push({ file: rec.file, path, severity: 'error', message: `no collection "${name}"${hint ? `; did you mean "${hint}"?` : '.'} Collections: ${known()}` })
    }
  }
  if (block.type === 'listing-latest') {
    block.collections.forEach((c, j) => checkCollection(c, at(`collections[${j}]`)))
    // A link into one collection's index under a list of several says less than it seems to.
    const into = (href: string) => [...collections].find(c => href === `/${c}` || href.startsWith(`/${c}/`))
    const linked = new Set(block.links.map(l => into(l.href)).filter((c): c is string => !!c))
    const listed = new Set(block.collections)
    const elsewhere = [...linked].filter(c => !listed.has(c))
    const missing = block.collections.filter(c => !linked.has(c))
    if (linked.size && (elsewhere.length || missing.length)) {
      problems.push({
        file: rec.file,
        path: at('links'),
        severity: 'warning',
        message: `lists ${block.collections.join(' and ')}, but its links lead to ${[...linked].join(' and ')}; link to ${elsewhere.length ? `${block.collections.join(' and ')} instead` : `${missing.join(' and ')} as well`}, or to a page that lists them all`,
      })
    }
  }
  if (block.type === 'listing-index') {
    checkCollection(block.collection, at('collection'))
    if (rec.path !== `/${block.collection}`) {
      problems.push({ file: rec.file, path: at('collection'), severity: 'error', message: `an index of "${block.collection}" belongs on its index page, content/${block.collection}/index.json (its filter and page URLs start with /${block.collection})` })
    }
    const first = rec.page.blocks.findIndex(b => b.type === 'listing-index')
    if (first !== index) problems.push({ file: rec.file, path: at('type'), severity: 'error', message: `a page can hold one listing-index; blocks[${first}] is already one` })
  }
  if (block.type === 'listing-research') {
    if (block.collection) checkCollection(block.collection, at('collection'))
    block.items?.forEach((p, j) => {
      const target = pages.get(p)
      if (!target && content.invalidPaths.has(p)) return
      if (!target) {
        const hint = closest(p, pages.keys())
        problems.push({ file: rec.file, path: at(`items[${j}]`), severity: 'error', message: `no page at ${p}${hint ? `; did you mean ${hint}?` : ''}` })
      }
      else if (!target.collection) problems.push({ file: rec.file, path: at(`items[${j}]`), severity: 'error', message: `${p} is not a collection entry (a file inside a content folder such as content/research/)` })
      else if (target.page.draft && !rec.page.draft) problems.push({ file: rec.file, path: at(`items[${j}]`), severity: 'error', message: `${p} is a draft; a published page cannot list it` })
    })
  }
}

/**
 * Control characters in any text of a file: a BEL in a description made the feeds invalid XML,
 * an ESC in a title reached authors' terminals. Line breaks and tabs are text; nothing else of
 * C0 or C1 is. (Bidi overrides in URLs are refused by isSafeHref.)
 */
function controlCharacters(file: string, data: object): ContentProblem[] {
  const problems: ContentProblem[] = []
  // A queue, not recursion: a file may nest arrays thousands deep.
  const queue: Array<[unknown, JsonPath]> = [[data, []]]
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [value, path] = next
    if (typeof value === 'string') {
      // eslint-disable-next-line no-control-regex -- finding them is the point
      const found = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.exec(value)
      if (found) problems.push({ file, path: formatJsonPath(path), severity: 'error', message: `contains the control character U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}; remove it (line breaks and tabs are allowed)` })
    }
    else if (Array.isArray(value)) value.forEach((item, i) => queue.push([item, [...path, i]]))
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) queue.push([item, [...path, key]])
  }
  return problems.reverse()
}

/** Validates every content file; never throws, whatever the input. */
export function validateContent(files: ContentFile[]): ValidatedContent {
  const result: ValidatedContent = { problems: [], pages: new Map(), invalidPaths: new Set() }
  for (const { name, text } of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const file = `content/${name}`
    if (!/^(?:[a-z0-9][a-z0-9-]*\/)*[a-z0-9][a-z0-9-]*\.json$/.test(name)) {
      result.problems.push({ file, path: '', severity: 'error', message: 'file and folder names must be lower case letters, digits and hyphens, ending in .json (the name becomes the URL)' })
      continue
    }
    const parsed = parseJson(file, text)
    if (!parsed.ok) {
      result.problems.push(parsed.problem)
      if (!reservedFiles.has(name)) result.invalidPaths.add(pathForFile(name))
      continue
    }
    result.problems.push(...checkSchemaRef(file, name, parsed.data))
    // A file that is not an object at all gets the schema's one message instead.
    if (parsed.data && typeof parsed.data === 'object') result.problems.push(...controlCharacters(file, parsed.data))
    if (reservedFiles.has(name)) {
      const schema = name === 'site.json' ? SiteSchema : NavigationSchema
      const r = schema.safeParse(parsed.data)
      if (!r.success) result.problems.push(...issuesToProblems(file, parsed.data, r.error.issues))
      else if (name === 'site.json') result.site = r.data as Site
      else result.navigation = r.data as Navigation
      continue
    }
    const r = PageSchema.safeParse(parsed.data)
    if (!r.success) {
      result.problems.push(...issuesToProblems(file, parsed.data, r.error.issues))
      result.invalidPaths.add(pathForFile(name))
      continue
    }
    if (r.data.description.length > 160) {
      result.problems.push({ file, path: 'description', severity: 'warning', message: `is ${r.data.description.length} characters; search results cut it after about 160` })
    }
    const path = pathForFile(name)
    const folder = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : undefined
    const isIndex = name.endsWith('/index.json') || name === 'index.json'
    result.pages.set(path, { path, file, collection: folder && !isIndex ? folder : undefined, page: r.data })
  }
  if (!files.some(f => f.name === 'site.json')) result.problems.push({ file: 'content/site.json', path: '', severity: 'error', message: 'is missing: the site name, URL and title template live here' })
  if (!files.some(f => f.name === 'navigation.json')) result.problems.push({ file: 'content/navigation.json', path: '', severity: 'error', message: 'is missing: the header and footer links live here' })
  crossCheck(result)
  return result
}

const requiredByTemplate = {
  article: ['date', 'category', 'image'],
  post: ['date', 'category'],
  policy: [],
  page: [],
} as const

/** Checks of article pages: footnotes, TeX, links inside rich text, headings, tags, related pages. */
function checkLongForm(rec: PageRecord, content: ValidatedContent): void {
  const { page, file } = rec
  const problems = content.problems
  const notes = new Map<string, number>()
  page.footnotes.forEach((note, i) => {
    const first = notes.get(note.id)
    if (first !== undefined) problems.push({ file, path: `footnotes[${i}].id`, severity: 'error', message: `"${note.id}" is already the id of footnotes[${first}]` })
    else notes.set(note.id, i)
  })
  const cited = new Set<string>()
  rec.rich = new Map()
  for (const field of richTextFields(page)) {
    const at = formatJsonPath(field.path)
    const nodes = parseField(field)
    rec.rich.set(parsedKey(field.inline, field.text), nodes)
    for (const node of inlineNodes(nodes)) {
      if (node.type === 'ref') {
        if (field.kind === 'note') {
          problems.push({ file, path: at, severity: 'error', message: `[^${node.id}]: notes and acknowledgments cannot cite other notes` })
          continue
        }
        cited.add(node.id)
        if (!notes.has(node.id)) {
          const hint = closest(node.id, notes.keys())
          problems.push({
            file,
            path: at,
            severity: 'error',
            message: `[^${node.id}] refers to no footnote${hint ? `; did you mean [^${hint}]?` : ''}. Add { "id": "${node.id}", "text": "..." } to "footnotes"`,
          })
        }
      }
      if (node.type === 'link') checkInternalLink(file, at, node.href, !page.draft, content)
      if (node.type === 'math') {
        const result = renderTex(node.tex, false)
        if ('error' in result) problems.push({ file, path: at, severity: 'error', message: `invalid TeX in $${node.tex}$: ${result.error}` })
      }
    }
  }
  page.footnotes.forEach((note, i) => {
    if (!cited.has(note.id)) problems.push({ file, path: `footnotes[${i}]`, severity: 'warning', message: `"${note.id}" is never cited; write [^${note.id}] where it applies, or remove it` })
  })

  let sawSection = false
  page.blocks.forEach((block, i) => {
    if (block.type === 'math') {
      const result = renderTex(block.tex, true)
      if ('error' in result) problems.push({ file, path: `blocks[${i}].tex`, severity: 'error', message: `invalid TeX: ${result.error}` })
    }
    // Every block heading other than a level-3 content heading is an h2 (hero: h1).
    if (block.type === 'content-heading' && block.level === 3 && !sawSection) {
      problems.push({ file, path: `blocks[${i}].level`, severity: 'error', message: 'a level-3 heading needs a level-2 heading above it (headings must not skip a level)' })
    }
    if (blockHeading(block) && !(block.type === 'content-heading' && block.level === 3) && block.type !== 'hero') sawSection = true
  })

  for (const field of requiredByTemplate[page.template]) {
    if (page[field] === undefined) problems.push({ file, path: field, severity: 'error', message: `is required on a page with "template": "${page.template}"` })
  }
  if (page.template === 'policy' && !page.date && !page.updated) {
    problems.push({ file, path: 'updated', severity: 'error', message: 'is required on a policy ("Updated <date>" is shown under the title); or set "date"' })
  }
  const tagSlugs = new Map<string, number>()
  page.tags.forEach((tag, i) => {
    const slug = slugify(tag)
    const first = tagSlugs.get(slug)
    if (first !== undefined) problems.push({ file, path: `tags[${i}]`, severity: 'error', message: `"${tag}" repeats tags[${first}] ("${page.tags[first]}")` })
    else tagSlugs.set(slug, i)
  })
  const authors = page.authors ?? []
  const authorSlugs = new Map<string, number>()
  const grouped = authors.some(a => a.group !== undefined)
  authors.forEach((author, i) => {
    const slug = slugify(author.name)
    const first = authorSlugs.get(slug)
    if (!slug) problems.push({ file, path: `authors[${i}].name`, severity: 'error', message: `"${author.name}" needs a letter or a digit: it names the author's page` })
    else if (first !== undefined) problems.push({ file, path: `authors[${i}].name`, severity: 'error', message: `"${author.name}" repeats authors[${first}]; list each author once (in one group)` })
    else authorSlugs.set(slug, i)
    if (grouped && author.group === undefined) {
      problems.push({ file, path: `authors[${i}].group`, severity: 'error', message: 'is required: other authors of this page have a group; give every author one, or none' })
    }
  })
  page.related?.forEach((target, i) => {
    const at = `related[${i}]`
    const other = content.pages.get(target)
    if (!other) {
      if (content.invalidPaths.has(target)) return
      const hint = closest(target, content.pages.keys())
      problems.push({ file, path: at, severity: 'error', message: `no page at ${target}${hint ? `; did you mean ${hint}?` : ''}` })
    }
    else if (target === rec.path) problems.push({ file, path: at, severity: 'error', message: 'a page cannot be related to itself' })
    else if (!other.collection || !other.page.date) problems.push({ file, path: at, severity: 'error', message: `${target} cannot be shown as a card: related pages must be collection entries with a date` })
    else if (other.page.draft && !page.draft) problems.push({ file, path: at, severity: 'error', message: `${target} is a draft; a published page cannot list it` })
  })
}

// The entries each indexed collection shows, grouped by filter once per validation run rather
// than at every link that points at an index state.
const indexEntries = new WeakMap<ValidatedContent, Map<string, ListingIndexLists<IndexEntry>>>()

function listsOf(content: ValidatedContent, collection: string): ListingIndexLists<IndexEntry> {
  let byCollection = indexEntries.get(content)
  if (!byCollection) indexEntries.set(content, byCollection = new Map())
  let lists = byCollection.get(collection)
  if (!lists) {
    lists = listingIndexLists([...content.pages.values()]
      .filter(r => r.collection === collection && !r.page.draft && r.page.date)
      .map(r => ({ date: r.page.date!, title: r.page.title, category: r.page.category, tags: r.page.tags, authors: r.page.authors?.map(a => a.name) })))
    byCollection.set(collection, lists)
  }
  return lists
}

/** Whether a path is a filter, order or page of an index (`/research/tag/memory`) that will be exported. */
function isIndexState(path: string, content: ValidatedContent): boolean {
  const collection = path.split('/')[1]
  const index = collection && content.pages.get(`/${collection}`)
  const block = index && index.page.blocks.find(b => b.type === 'listing-index' && b.collection === collection)
  if (!block || block.type !== 'listing-index') return false
  const state = parseIndexStatePath(path.slice(collection.length + 1))
  if (!state) return false
  return listsOf(content, collection).has(state, block.perPage)
}
