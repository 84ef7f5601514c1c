import { isSafeHref } from './href'

/**
 * Rich text is a small Markdown subset, parsed into a tree on the server and drawn by Vue
 * render functions. No HTML from content is ever injected: a `<` in content is a `<` on the
 * page, and a link is a link only when its URL passes `isSafeHref`.
 *
 *   paragraphs separated by a blank line      - bullet lists      1. numbered lists
 *   an item indented further than the one above it starts a list inside that item
 *   **strong**   *emphasis*   `code`   [label](/path)   [^note] footnote reference
 *   $x^2$ inline math (TeX)   \* \$ \[ \` \\ for the literal characters
 */
export type RichInline
  = | { type: 'text', text: string }
    | { type: 'strong' | 'em', children: RichInline[] }
    | { type: 'code', text: string }
    | { type: 'link', href: string, children: RichInline[] }
  /** A footnote reference; `label`, `noteId` and `refId` are filled in when the page is resolved. */
    | { type: 'ref', id: string, label?: string, noteId?: string, refId?: string }
  /** Inline TeX; `html` is KaTeX's rendering, added on the server. */
    | { type: 'math', tex: string, html?: string }

/** One item of a list: its text, and the list nested under it, if any. */
export interface RichListItem {
  children: RichInline[]
  list?: RichList
}

export interface RichList {
  type: 'ul' | 'ol'
  items: RichListItem[]
}

export type RichBlock
  = | { type: 'p', children: RichInline[] }
    | RichList

export interface RichTextProblem {
  message: string
}

export interface ParsedRichText {
  blocks: RichBlock[]
  problems: RichTextProblem[]
}

const escapable = new Set(['\\', '*', '`', '$', '[', ']', '(', ')', '_', '#', '-', '.', '!'])

function near(text: string, at: number): string {
  const snippet = text.slice(Math.max(0, at - 12), at + 18).replace(/\s+/g, ' ')
  return `near "${snippet}"`
}

/** Parses one line of inline markup. Never throws; problems are collected for `content:check`. */
export function parseInline(source: string, problems: RichTextProblem[] = [], inLink = false): RichInline[] {
  const out: RichInline[] = []
  let buffer = ''
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer })
    buffer = ''
  }
  let i = 0
  while (i < source.length) {
    const ch = source[i]!
    if (ch === '\\' && i + 1 < source.length && escapable.has(source[i + 1]!)) {
      buffer += source[i + 1]
      i += 2
      continue
    }
    if (ch === '`') {
      const end = source.indexOf('`', i + 1)
      if (end === -1) {
        problems.push({ message: `unclosed \`code\` ${near(source, i)}; write \\\` for a literal backquote` })
        buffer += ch
        i++
        continue
      }
      flush()
      out.push({ type: 'code', text: source.slice(i + 1, end) })
      i = end + 1
      continue
    }
    if (ch === '$') {
      const end = findUnescaped(source, '$', i + 1)
      if (end === -1 || end === i + 1) {
        problems.push({ message: `unclosed $math$ ${near(source, i)}; write \\$ for a dollar sign` })
        buffer += ch
        i++
        continue
      }
      flush()
      out.push({ type: 'math', tex: source.slice(i + 1, end).replace(/\\\$/g, '\\$') })
      i = end + 1
      continue
    }
    if (ch === '[' && source[i + 1] === '^') {
      const end = source.indexOf(']', i + 2)
      const id = end === -1 ? '' : source.slice(i + 2, end)
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
        problems.push({ message: `a footnote reference is written [^name] with a lower-case name (letters, digits, hyphens) ${near(source, i)}` })
        buffer += ch
        i++
        continue
      }
      if (inLink) problems.push({ message: `a footnote reference cannot sit inside a link's label ${near(source, i)}` })
      flush()
      out.push({ type: 'ref', id })
      i = end + 1
      continue
    }
    if (ch === '[') {
      const link = matchLink(source, i)
      if (!link) {
        problems.push({ message: `"[" starts a link, written [label](url); write \\[ for a literal bracket ${near(source, i)}` })
        buffer += ch
        i++
        continue
      }
      if (inLink) problems.push({ message: `a link cannot contain another link ${near(source, i)}` })
      const href = link.href.trim()
      if (!isSafeHref(href)) {
        problems.push({ message: `link "${href}" is not allowed: use a site path from the root (/research), an #anchor, or an https://, mailto: or tel: URL` })
      }
      const children = parseInline(link.label, problems, true)
      if (!link.label.trim()) problems.push({ message: `the link to "${href}" has no label ${near(source, i)}` })
      flush()
      out.push({ type: 'link', href, children })
      i = link.end
      continue
    }
    if (ch === '*') {
      const strong = source[i + 1] === '*'
      const marker = strong ? '**' : '*'
      const end = findClosing(source, marker, i + marker.length)
      if (end === -1) {
        buffer += marker
        i += marker.length
        continue
      }
      flush()
      out.push({ type: strong ? 'strong' : 'em', children: parseInline(source.slice(i + marker.length, end), problems, inLink) })
      i = end + marker.length
      continue
    }
    buffer += ch
    i++
  }
  flush()
  return out
}

function findUnescaped(source: string, char: string, from: number): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === '\\') j++
    else if (source[j] === char) return j
  }
  return -1
}

/** The closing `*` or `**` of emphasis: not escaped, not followed by space-only content. */
function findClosing(source: string, marker: string, from: number): number {
  if (/\s/.test(source[from] ?? ' ')) return -1
  for (let j = from; j < source.length; j++) {
    if (source[j] === '\\') {
      j++
      continue
    }
    if (source[j] === '`' || source[j] === '$') {
      const end = findUnescaped(source, source[j]!, j + 1)
      if (end !== -1) j = end
      continue
    }
    if (source.startsWith(marker, j) && j > from && !/\s/.test(source[j - 1]!)) {
      // `**` must not be read as the end of `*emphasis*`.
      if (marker === '*' && source[j + 1] === '*') {
        const inner = findClosing(source, '**', j + 2)
        if (inner !== -1) {
          j = inner + 1
          continue
        }
      }
      return j
    }
  }
  return -1
}

function matchLink(source: string, start: number): { label: string, href: string, end: number } | undefined {
  let depth = 0
  let j = start
  for (; j < source.length; j++) {
    if (source[j] === '\\') {
      j++
      continue
    }
    if (source[j] === '[') depth++
    if (source[j] === ']' && --depth === 0) break
  }
  if (j >= source.length || source[j + 1] !== '(') return undefined
  let parens = 0
  let k = j + 1
  for (; k < source.length; k++) {
    if (source[k] === '(') parens++
    if (source[k] === ')' && --parens === 0) break
  }
  if (k >= source.length) return undefined
  return { label: source.slice(start + 1, j), href: source.slice(j + 2, k), end: k + 1 }
}

/** A list item's line: its indentation, its marker (`-`, `*`, `1.`, `1)`) and the text after it. */
const listLine = /^([ \t]*)([-*]|\d+[.)])\s+/
/** How deep lists may nest: a list, a list in one of its items, and so on. */
export const maxListDepth = 4

/** Columns of indentation, a tab reaching the next multiple of four as in Markdown. */
function columns(whitespace: string): number {
  let n = 0
  for (const ch of whitespace) n = ch === '\t' ? n + 4 - (n % 4) : n + 1
  return n
}

/**
 * One block of list lines (no blank line between them) into a list, nested by indentation.
 * An item indented further than the item above it starts a list inside that one; a line
 * without a marker continues the item above. Indentation that lines up with no level above,
 * a marker that changes within a level, and nesting past maxListDepth are problems that name
 * the line, never silently flattened.
 */
function parseList(lines: Array<{ text: string, line: number }>, problems: RichTextProblem[]): RichList {
  const raw = new Map<RichListItem, string>()
  const open: Array<{ indent: number, list: RichList }> = []
  let last: RichListItem | undefined
  const problem = (line: number, message: string) => problems.push({ message: `line ${line}: ${message}` })
  for (const { text, line } of lines) {
    const m = listLine.exec(text)
    if (!m) {
      if (last) raw.set(last, `${raw.get(last)} ${text.trim()}`)
      continue
    }
    const indent = columns(m[1]!)
    const type = /\d/.test(m[2]!) ? 'ol' : 'ul'
    let top = open.at(-1)
    if (!top) {
      top = { indent, list: { type, items: [] } }
      open.push(top)
    }
    else if (indent > top.indent && last && !last.list && open.length < maxListDepth) {
      // Deeper than the item above: a list inside that item.
      top = { indent, list: { type, items: [] } }
      last.list = top.list
      open.push(top)
    }
    else {
      if (indent > top.indent && open.length >= maxListDepth) {
        problem(line, `lists nest at most ${maxListDepth} levels deep; indent this item like the ones above it`)
      }
      const levels = open.map(o => o.indent).join(', ')
      while (open.length > 1 && indent < top.indent) {
        open.pop()
        top = open.at(-1)!
      }
      if (indent !== top.indent && !(indent > top.indent && open.length >= maxListDepth)) {
        problem(line, `this item is indented ${indent} space${indent === 1 ? '' : 's'}, which lines up with no list above it (indented ${levels}); line it up with one of them`)
      }
      else if (type !== top.list.type) {
        problem(line, `a ${type === 'ol' ? 'numbered' : 'bullet'} item among ${top.list.type === 'ol' ? 'numbered' : 'bullet'} items; start a new list after a blank line, or indent the item to nest it`)
      }
    }
    last = { children: [] }
    raw.set(last, text.slice(m[0].length))
    top.list.items.push(last)
  }
  for (const [item, source] of raw) item.children = parseInline(source.trim(), problems)
  return open[0]!.list
}

/** Parses rich text into paragraphs and lists. Never throws. */
export function parseRichText(source: string): ParsedRichText {
  const problems: RichTextProblem[] = []
  const blocks: RichBlock[] = []
  let chunk: Array<{ text: string, line: number }> = []
  const flush = () => {
    if (!chunk.length) return
    if (listLine.test(chunk[0]!.text)) blocks.push(parseList(chunk, problems))
    else blocks.push({ type: 'p', children: parseInline(chunk.map(l => l.text.trim()).join(' '), problems) })
    chunk = []
  }
  source.replace(/\r\n?/g, '\n').split('\n').forEach((text, i) => {
    if (text.trim()) chunk.push({ text, line: i + 1 })
    else flush()
  })
  flush()
  return { blocks, problems }
}

/** Every inline node of a list's items and the lists nested in them, in reading order. */
function* listNodes(list: RichList): Generator<RichInline> {
  for (const item of list.items) {
    yield* inlineNodes(item.children)
    if (item.list) yield* listNodes(item.list)
  }
}

/** The words of a list, item by item. */
function listText(list: RichList): string[] {
  return list.items.flatMap(item => [plainText(item.children), ...(item.list ? listText(item.list) : [])])
}

/** Every inline node of a tree, depth first, in reading order. */
export function* inlineNodes(nodes: ReadonlyArray<RichInline | RichBlock>): Generator<RichInline> {
  for (const node of nodes) {
    switch (node.type) {
      case 'p':
        yield* inlineNodes(node.children)
        break
      case 'ul':
      case 'ol':
        yield* listNodes(node)
        break
      case 'strong':
      case 'em':
      case 'link':
        yield node
        yield* inlineNodes(node.children)
        break
      default:
        yield node
    }
  }
}

/** The words a reader reads, for reading time and plain-text uses. Blocks and list items are separated by a space. */
export function plainText(nodes: ReadonlyArray<RichInline | RichBlock>): string {
  const parts: string[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'ul':
      case 'ol':
        parts.push(...listText(node))
        break
      case 'text':
      case 'code':
        parts.push(node.text)
        break
      case 'math':
        parts.push(node.tex)
        break
      case 'ref':
        break
      default:
        parts.push(plainText(node.children))
    }
  }
  return nodes.some(n => n.type === 'p' || n.type === 'ul' || n.type === 'ol') ? parts.join(' ') : parts.join('')
}
