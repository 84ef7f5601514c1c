import type { Page, RenderFootnote, RichBlock, RichInline, RichList } from '../../shared/schema'
import { parseInline, parseRichText } from '../../shared/utils/rich-text'
import { renderTex } from './math'

type JsonPath = Array<string | number>

export interface RichTextField {
  path: JsonPath
  text: string
  /** One line (a table cell) rather than paragraphs. */
  inline: boolean
  /** Notes and acknowledgments come after the text: references are not allowed in them. */
  kind: 'body' | 'note'
}

/** Every rich text field of a page, in reading order, with its JSON path. */
export function richTextFields(page: Page): RichTextField[] {
  const fields: RichTextField[] = []
  page.blocks.forEach((block, i) => {
    if (block.type === 'rich-text' || block.type === 'heading-with-text') {
      fields.push({ path: ['blocks', i, 'text'], text: block.text, inline: false, kind: 'body' })
    }
    if (block.type === 'embed') fields.push({ path: ['blocks', i, 'fallback'], text: block.fallback, inline: false, kind: 'body' })
    if (block.type === 'table') {
      block.rows.forEach((row, r) => row.forEach((cell, c) => {
        const text = typeof cell === 'string' ? cell : cell.text
        fields.push({ path: ['blocks', i, 'rows', r, c, ...(typeof cell === 'string' ? [] : ['text'])], text, inline: true, kind: 'body' })
      }))
    }
  })
  page.footnotes.forEach((note, i) => fields.push({ path: ['footnotes', i, 'text'], text: note.text, inline: false, kind: 'note' }))
  if (page.acknowledgments) fields.push({ path: ['acknowledgments'], text: page.acknowledgments, inline: false, kind: 'note' })
  return fields
}

/**
 * Rich text parsed once, by validation (`PageRecord.rich`), for the repository and the other
 * checks to use as it is: keyed by `parsedKey`, since a table cell (one line) and a paragraph
 * field parse the same source differently.
 */
export type ParsedRichText = Map<string, RichBlock[] | RichInline[]>

export const parsedKey = (inline: boolean, source: string): string => `${inline ? 'i' : 'b'}:${source}`

/** A field's tree: from `parsed` when validation has it, else parsed now. */
export function parseField(field: Pick<RichTextField, 'inline' | 'text'>, parsed?: ParsedRichText): RichBlock[] | RichInline[] {
  return parsed?.get(parsedKey(field.inline, field.text)) ?? (field.inline ? parseInline(field.text) : parseRichText(field.text).blocks)
}

/** a, b, ..., z, aa, ab, ... */
function letters(n: number): string {
  let out = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out
  return out
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)

/**
 * Resolves a page's rich text: footnote references are numbered in the order the text first
 * cites them and get ids for the links both ways; inline math is rendered by KaTeX.
 */
export function createRichResolver(page: Pick<Page, 'footnotes' | 'footnoteStyle'>, parsed?: ParsedRichText) {
  const notes = new Map(page.footnotes.map(n => [n.id, n]))
  const order: string[] = []
  const refCount = new Map<string, number>()
  let hasMath = false

  const labelFor = (id: string) => {
    if (!order.includes(id)) order.push(id)
    const n = order.indexOf(id) + 1
    if (page.footnoteStyle === 'numbers') return String(n)
    return page.footnoteStyle === 'capitals' ? letters(n).toUpperCase() : letters(n)
  }

  const inline = (nodes: RichInline[]): RichInline[] => nodes.map((node): RichInline => {
    switch (node.type) {
      case 'ref': {
        // Validation rejects unknown notes; a stray one renders as its plain name.
        if (!notes.has(node.id)) return { type: 'text', text: `[${node.id}]` }
        const count = (refCount.get(node.id) ?? 0) + 1
        refCount.set(node.id, count)
        return { ...node, label: labelFor(node.id), noteId: `fn-${node.id}`, refId: count === 1 ? `fnref-${node.id}` : `fnref-${node.id}-${count}` }
      }
      case 'math': {
        hasMath = true
        const result = renderTex(node.tex, false)
        return { ...node, html: 'html' in result ? result.html : `<code>${escapeHtml(node.tex)}</code>` }
      }
      case 'strong':
      case 'em':
      case 'link':
        return { ...node, children: inline(node.children) }
      default:
        return node
    }
  })

  const list = (node: RichList): RichList => ({
    type: node.type,
    items: node.items.map(item => ({ children: inline(item.children), ...(item.list ? { list: list(item.list) } : {}) })),
  })
  const blocks = (nodes: RichBlock[]): RichBlock[] => nodes.map(node =>
    node.type === 'p' ? { type: 'p', children: inline(node.children) } : list(node))

  return {
    text: (source: string): RichBlock[] => blocks(parseField({ inline: false, text: source }, parsed) as RichBlock[]),
    line: (source: string): RichInline[] => inline(parseField({ inline: true, text: source }, parsed) as RichInline[]),
    math: (tex: string): string => {
      hasMath = true
      const result = renderTex(tex, true)
      return 'html' in result ? result.html : `<code>${escapeHtml(tex)}</code>`
    },
    /** Call after the body: notes in citation order, then any never cited. */
    footnotes: (): RenderFootnote[] => {
      const cited = order.filter(id => notes.has(id))
      const uncited = page.footnotes.map(n => n.id).filter(id => !order.includes(id))
      return [...cited, ...uncited].map(id => ({
        id: `fn-${id}`,
        label: labelFor(id),
        content: blocks(parseField({ inline: false, text: notes.get(id)!.text }, parsed) as RichBlock[]),
        refIds: Array.from({ length: refCount.get(id) ?? 0 }, (_, k) => (k === 0 ? `fnref-${id}` : `fnref-${id}-${k + 1}`)),
      }))
    },
    get hasMath() {
      return hasMath
    },
  }
}
