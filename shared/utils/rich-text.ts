import { isSafeHref } from './href'

/**
 * Rich text is a small Markdown subset, parsed into a tree on the server and drawn by Vue
 * render functions. No HTML from content is ever injected: a `<` in content is a `<` on the
 * page, and a link is a link only when its URL passes `isSafeHref`.
 *
 *   paragraphs separated by a blank line      - bullet lists      1. numbered lists
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

export type RichBlock
  = | { type: 'p', children: RichInline[] }
    | { type: 'ul' | 'ol', items: RichInline[][] }

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

const bullet = /^\s*[-*]\s+/
const numbered = /^\s*\d+[.)]\s+/

/** Parses rich text into paragraphs and lists. Never throws. */
export function parseRichText(source: string): ParsedRichText {
  const problems: RichTextProblem[] = []
  const blocks: RichBlock[] = []
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter(l => l.trim())
    if (!lines.length) continue
    const marker = bullet.test(lines[0]!) ? bullet : numbered.test(lines[0]!) ? numbered : undefined
    if (!marker) {
      blocks.push({ type: 'p', children: parseInline(lines.map(l => l.trim()).join(' '), problems) })
      continue
    }
    // A line without a marker continues the item above it.
    const items: string[] = []
    for (const line of lines) {
      if (marker.test(line)) items.push(line.replace(marker, ''))
      else items[items.length - 1] += ` ${line.trim()}`
    }
    blocks.push({ type: marker === bullet ? 'ul' : 'ol', items: items.map(item => parseInline(item.trim(), problems)) })
  }
  return { blocks, problems }
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
        for (const item of node.items) yield* inlineNodes(item)
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
        parts.push(...node.items.map(item => plainText(item)))
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
