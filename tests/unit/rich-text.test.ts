import { describe, expect, it } from 'vitest'
import { RichTextSchema } from '#shared/schema'
import { inlineNodes, parseInline, parseRichText, plainText } from '#shared/utils/rich-text'
import type { RichList } from '#shared/utils/rich-text'
import { createRichResolver } from '../../server/content/rich'

describe('rich text parser', () => {
  it('reads paragraphs, bullet and numbered lists', () => {
    const { blocks, problems } = parseRichText('First line\ncontinues.\n\n- one\n- two\n  still two\n\n1. a\n2. b')
    expect(problems).toEqual([])
    expect(blocks.map(b => b.type)).toEqual(['p', 'ul', 'ol'])
    expect(plainText(blocks)).toBe('First line continues. one two still two a b')
  })

  it('nests lists by indentation, three levels and more, bullets and numbers mixed', () => {
    const source = [
      '1. What we collect',
      '   - Account details',
      '     1. your name',
      '     2. your address,',
      '        written as you give it',
      '   - Usage',
      '2. Why',
      '\t- a tab counts as four columns',
    ].join('\n')
    const { blocks, problems } = parseRichText(source)
    expect(problems).toEqual([])
    const shape = (list: RichList): unknown => list.items.map(item => [plainText(item.children), ...(item.list ? [list.type, item.list.type, shape(item.list)] : [])])
    expect(blocks).toHaveLength(1)
    expect(shape(blocks[0] as RichList)).toEqual([
      ['What we collect', 'ol', 'ul', [['Account details', 'ul', 'ol', [['your name'], ['your address, written as you give it']]], ['Usage']]],
      ['Why', 'ol', 'ul', [['a tab counts as four columns']]],
    ])
    expect(plainText(blocks)).toBe('What we collect Account details your name your address, written as you give it Usage Why a tab counts as four columns')
  })

  it('names the line of indentation it cannot read, instead of flattening the list', () => {
    const lines = (source: string) => parseRichText(source).problems.map(p => p.message)
    expect(lines('- a\n    - b\n  - c')).toEqual(['line 3: this item is indented 2 spaces, which lines up with no list above it (indented 0, 4); line it up with one of them'])
    expect(lines('- a\n- b\n1. c')).toEqual(['line 3: a numbered item among bullet items; start a new list after a blank line, or indent the item to nest it'])
    expect(lines('- 1\n  - 2\n    - 3\n      - 4\n        - 5')).toEqual(['line 5: lists nest at most 4 levels deep; indent this item like the ones above it'])
    // Every problem reaches content:check through the schema, with its line.
    expect(RichTextSchema.safeParse('Intro.\n\n- a\n    - b\n  - c').error?.issues[0]?.message).toBe('line 5: this item is indented 2 spaces, which lines up with no list above it (indented 0, 4); line it up with one of them')
  })

  it('reads emphasis, strong, code, links, footnote references and inline math', () => {
    const nodes = parseInline('A **bold *and* plain** word, `x < y`, [the code](/tools/atlas), a note[^n1] and $x^2$.')
    expect(nodes.map(n => n.type)).toEqual(['text', 'strong', 'text', 'code', 'text', 'link', 'text', 'ref', 'text', 'math', 'text'])
    expect(nodes[1]).toEqual({ type: 'strong', children: [{ type: 'text', text: 'bold ' }, { type: 'em', children: [{ type: 'text', text: 'and' }] }, { type: 'text', text: ' plain' }] })
    expect(nodes[3]).toEqual({ type: 'code', text: 'x < y' })
    expect(nodes[5]).toEqual({ type: 'link', href: '/tools/atlas', children: [{ type: 'text', text: 'the code' }] })
    expect(nodes[7]).toEqual({ type: 'ref', id: 'n1' })
    expect(nodes[9]).toEqual({ type: 'math', tex: 'x^2' })
  })

  it('keeps HTML as text: no markup from content is ever interpreted', () => {
    const nodes = parseInline('<script>alert(1)</script> <img src=x onerror=alert(1)>')
    expect(nodes).toEqual([{ type: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }])
  })

  it('gives the literal character after a backslash', () => {
    expect(parseInline('costs \\$5, 2 \\* 3, \\[not a link\\]')).toEqual([{ type: 'text', text: 'costs $5, 2 * 3, [not a link]' }])
  })

  it('leaves a lone asterisk as text', () => {
    expect(parseInline('5 * 3 = 15')).toEqual([{ type: 'text', text: '5 * 3 = 15' }])
  })

  it.each([
    ['[click](javascript:alert(1))', 'link "javascript:alert(1)" is not allowed'],
    ['[click](JaVaScRiPt:alert(1))', 'is not allowed'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'is not allowed'],
    ['[x](vbscript:msgbox)', 'is not allowed'],
    ['[x](//evil.example)', 'is not allowed'],
    ['costs $5', 'unclosed $math$'],
    ['an `unclosed code', 'unclosed `code`'],
    ['a [dangling bracket', '"[" starts a link'],
    ['[^Bad Name]', 'footnote reference is written [^name]'],
    ['[a [b](/x)](/y)', 'a link cannot contain another link'],
    ['[](/research)', 'has no label'],
  ])('reports %s', (source, message) => {
    const { problems } = parseRichText(source)
    expect(problems.map(p => p.message).join('\n')).toContain(message)
  })

  it('is what the schema checks, with the message on the field', () => {
    const result = RichTextSchema.safeParse('see [this](javascript:void(0))')
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.message).toContain('is not allowed')
    expect(RichTextSchema.safeParse('plain words').success).toBe(true)
  })

  it('never throws on arbitrary input', () => {
    const nasty = ['[', ']', '(', ')', '*', '**', '`', '$', '\\', '[^', '\n\n', '- ', '1. ', 'x']
    let seed = 7
    for (let i = 0; i < 2000; i++) {
      let s = ''
      for (let j = 0; j < 30; j++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        s += nasty[seed % nasty.length]
      }
      expect(() => parseRichText(s)).not.toThrow()
    }
  })
})

describe('rich text resolution', () => {
  const notes = [{ id: 'b', text: 'Note B.' }, { id: 'a', text: 'Note A.' }, { id: 'unused', text: 'Never cited.' }]

  it('numbers notes in the order the text first cites them, and gives each reference its own id', () => {
    const rich = createRichResolver({ footnotes: notes, footnoteStyle: 'numbers' })
    const refs = [...inlineNodes(rich.text('First[^a], then[^b], and again[^a].'))].filter(n => n.type === 'ref')
    expect(refs).toEqual([
      { type: 'ref', id: 'a', label: '1', noteId: 'fn-a', refId: 'fnref-a' },
      { type: 'ref', id: 'b', label: '2', noteId: 'fn-b', refId: 'fnref-b' },
      { type: 'ref', id: 'a', label: '1', noteId: 'fn-a', refId: 'fnref-a-2' },
    ])
    expect(rich.footnotes().map(n => [n.id, n.label, n.refIds])).toEqual([
      ['fn-a', '1', ['fnref-a', 'fnref-a-2']],
      ['fn-b', '2', ['fnref-b']],
      ['fn-unused', '3', []],
    ])
  })

  it('letters notes when asked: a, b, ..., z, aa', () => {
    const many = Array.from({ length: 27 }, (_, i) => ({ id: `n${i}`, text: 'x' }))
    const rich = createRichResolver({ footnotes: many, footnoteStyle: 'letters' })
    rich.text(many.map(n => `[^${n.id}]`).join(' '))
    const labels = rich.footnotes().map(n => n.label)
    expect(labels.slice(0, 3)).toEqual(['a', 'b', 'c'])
    expect(labels.slice(-2)).toEqual(['z', 'aa'])
    const capitals = createRichResolver({ footnotes: many, footnoteStyle: 'capitals' })
    capitals.text(many.map(n => `[^${n.id}]`).join(' '))
    expect(capitals.footnotes().map(n => n.label).slice(0, 3)).toEqual(['A', 'B', 'C'])
  })

  it('renders inline and display math to KaTeX HTML with MathML, and records that the page has math', () => {
    const rich = createRichResolver({ footnotes: [], footnoteStyle: 'numbers' })
    expect(rich.hasMath).toBe(false)
    const [math] = [...inlineNodes(rich.text('So $a^2$.'))].filter(n => n.type === 'math')
    expect(math).toMatchObject({ tex: 'a^2' })
    expect((math as { html: string }).html).toContain('<math')
    expect(rich.math('\\frac{1}{2}')).toContain('katex-display')
    expect(rich.hasMath).toBe(true)
  })
})
