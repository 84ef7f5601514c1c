import { z } from 'zod'
import {
  BannerSchema, HrefSchema, ImageSchema, InlineRichTextSchema, LinkSchema, NavigationSchema, PageSchema, RichTextSchema, SiteSchema, TableCellSchema, blockGroups, blockSchemas, embedDefinitions, embedNames,
} from '../../shared/schema'

type JsonSchema = {
  $ref?: string
  $defs?: Record<string, JsonSchema>
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  description?: string
  examples?: unknown[]
  default?: unknown
  title?: string
  minItems?: number
  maxItems?: number
  minLength?: number
  maximum?: number
  minimum?: number
}

/** JSON Schema of one zod schema; a shape with an id of its own comes back as a $ref to resolve. */
function toJson(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const name = json.$ref?.split('/').pop()
  return name && json.$defs?.[name] ? json.$defs[name]! : json
}

/** Shared shapes get headings of their own ("Shape: Image"): "image" is a block's anchor. */
const shapeAnchor = (name: string) => `shape-${name.toLowerCase()}`

function typeOf(s: JsonSchema): string {
  if (s.$ref) return `[${s.$ref.split('/').pop()}](#${shapeAnchor(s.$ref.split('/').pop()!)})`
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``
  if (s.enum) return s.enum.map(v => `\`${JSON.stringify(v)}\``).join(' or ')
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ')
  // The union of every block: each alternative is told apart by its `type`.
  if (s.oneOf) return s.oneOf.every(o => o.properties?.type?.const) ? '[block](#blocks)' : s.oneOf.map(typeOf).join(' or ')
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`
  if (s.type === 'integer') return 'whole number'
  if (s.type === 'object') return 'object'
  return String(s.type ?? 'any')
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function example(s: JsonSchema): string {
  const value = s.examples?.[0] ?? s.default
  if (value === undefined) return ''
  const json = JSON.stringify(value)
  return json.length > 70 ? '' : `\`${json}\``
}

/** One row per field, nested objects flattened to dotted names. */
function rows(s: JsonSchema, prefix = ''): string[] {
  const out: string[] = []
  for (const [name, field] of Object.entries(s.properties ?? {})) {
    // Every block's `type` is its heading; a nested `type` (a video's format) is a real field.
    if (name === '$schema' || (name === 'type' && !prefix)) continue
    const required = s.required?.includes(name) ? 'yes' : field.default !== undefined ? `no (default \`${JSON.stringify(field.default)}\`)` : 'no'
    const description = field.description ?? (field.$ref ? `See ${typeOf(field)}.` : '')
    out.push(`| \`${prefix}${name}\` | ${cell(typeOf(field))} | ${required} | ${cell(description)} | ${cell(example(field))} |`)
    const inner = field.type === 'array' ? field.items : field
    if (inner?.properties) out.push(...rows(inner, `${prefix}${name}${field.type === 'array' ? '[]' : ''}.`))
  }
  return out
}

function table(s: JsonSchema): string {
  return ['| field | type | required | description | example |', '| --- | --- | --- | --- | --- |', ...rows(s)].join('\n')
}

/** Each component an embed can name, with the fields of its `props`. */
function embedReference(): string[] {
  const parts = ['##### Embeds', '', 'The components registered in code (`shared/schema/embeds.ts` and `components/embeds/`), with what each takes in `props`. Any other name is a `content:check` error.', '']
  for (const name of embedNames) {
    const { description, props, example } = embedDefinitions[name]
    parts.push(`###### Embed: \`${name}\``, '', description, '', table(toJson(props)), '', '```json', JSON.stringify({ component: name, props: example }, null, 2), '```', '')
  }
  return parts
}

/** The generated half of docs/authoring.md: every block, page, navigation and site field. */
export function renderReference(): string {
  const parts: string[] = ['## Reference', '']
  parts.push('### Blocks', '')
  parts.push('Every block has a `type`, an optional `theme` and an optional `id`; the rest of its fields are listed with it.')
  parts.push('The block catalogue (`/_blocks` in `npm run dev` or the Node server) shows each one rendered from the example below.', '')
  for (const [group, types] of Object.entries(blockGroups)) {
    parts.push(`**${group}:** ${types.map(t => `[\`${t}\`](#${t})`).join(', ')}`, '')
  }
  for (const types of Object.values(blockGroups)) {
    for (const type of types) {
      const schema = blockSchemas.find(s => s.shape.type.value === type)!
      const json = toJson(schema)
      const meta = schema.meta() as { title: string, description: string, examples: unknown[] }
      parts.push(`#### \`${meta.title}\``, '', meta.description, '', table(json), '', 'Example:', '', '```json', JSON.stringify(meta.examples[0], null, 2), '```', '')
      if (type === 'embed') parts.push(...embedReference())
    }
  }
  const shared: Array<[string, z.ZodType, string?]> = [
    ['Image', ImageSchema],
    ['Link', LinkSchema],
    ['Href', HrefSchema],
    ['RichText', RichTextSchema, 'How to write it, with examples: [Write rich text](#write-rich-text).'],
    ['InlineRichText', InlineRichTextSchema, 'The inline part of [Write rich text](#write-rich-text).'],
    ['TableCell', TableCellSchema, 'Used by the [`table`](#table) block\'s `rows`.'],
    ['Banner', BannerSchema, 'Set in site.json as `cta`; a page\'s `banner` replaces it, or turns it off with `false`.'],
  ]
  parts.push('### Shared shapes', '')
  for (const [name, schema, more] of shared) {
    const json = toJson(schema)
    const meta = schema.meta() as { description: string, examples: unknown[] }
    // A shape with fields gets a table (for a choice, the fields of its object form); a plain
    // value (Href, RichText) is its description and example.
    const object = json.properties ? json : json.anyOf?.find(a => a.properties)
    const fields = object ? ['', table(object)] : []
    parts.push(`#### Shape: ${name}`, '', [meta.description, more].filter(Boolean).join(' '), ...fields, '', '```json', JSON.stringify(meta.examples[0], null, 2), '```', '')
  }
  const files: Array<[string, string, z.ZodType]> = [
    ['Page', 'Any `.json` file under `content/` other than the two below.', PageSchema],
    ['Navigation', '`content/navigation.json`.', NavigationSchema],
    ['Site settings', '`content/site.json`.', SiteSchema],
  ]
  parts.push('### Files', '')
  for (const [name, where, schema] of files) {
    const json = toJson(schema)
    parts.push(`#### ${name}`, '', `${where} ${(schema.meta() as { description?: string })?.description ?? ''}`.trim(), '', table(json), '')
  }
  return parts.join('\n').trimEnd()
}
