import { z } from 'zod'
import { NavigationSchema, PageSchema, SiteSchema, embedDefinitions, embedNames } from '../../shared/schema'
import { schemaFiles } from '../../shared/schema/files'
import type { SchemaKind } from '../../shared/schema/files'

type Json = Record<string, unknown>

/**
 * JSON Schema can say what zod's refinements check in code: make the image rule (alt text
 * unless decorative) visible to editors too, so authors see it while typing.
 */
function addImageRule(defs: Record<string, Json> | undefined): void {
  const image = defs?.Image
  if (!image) return
  image.if = { properties: { decorative: { const: true } }, required: ['decorative'] }
  image.then = { properties: { alt: { maxLength: 0 } } }
  image.else = { required: ['alt'], properties: { alt: { minLength: 1, pattern: '\\S' } } }
}

/**
 * An embed's `props` depend on its `component`: give editors each component's own fields,
 * as JSON Schema conditions on the embed block (zod checks them in a refinement).
 */
function addEmbedProps(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addEmbedProps)
  if (!node || typeof node !== 'object') return
  const json = node as Json
  if (json.title === 'embed' && json.properties) {
    json.allOf = embedNames.map(name => ({
      if: { properties: { component: { const: name } }, required: ['component'] },
      then: { properties: { props: z.toJSONSchema(embedDefinitions[name].props, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12', reused: 'inline' }) } },
    }))
    for (const condition of json.allOf as Array<{ then: { properties: { props: Json } } }>) delete condition.then.properties.props.$schema
    return
  }
  Object.values(json).forEach(addEmbedProps)
}

/**
 * The safe-URL rule of isSafeHref, as a pattern editors understand (no flags, so schemes are
 * spelt case by case). The tests check that both agree on a list of good and bad URLs.
 */
export const hrefPattern = [
  '^(?:',
  '#[^\\s\\\\\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]*',
  '|/(?!/)[^\\s\\\\\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]*',
  '|[Hh][Tt][Tt][Pp][Ss]?://[^\\s\\\\/\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF][^\\s\\\\\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]*',
  '|(?:[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):[^\\s\\\\\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]+',
  ')$',
].join('')

/** JSON Schemas (draft 2020-12) for every kind of content file, from the one schema module. */
export function contentJsonSchemas(): Record<SchemaKind, Json> {
  const make = (schema: z.ZodType, kind: SchemaKind): Json => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json
    const defs = json.$defs as Record<string, Json> | undefined
    addImageRule(defs)
    addEmbedProps(json)
    if (defs?.Href) Object.assign(defs.Href, { pattern: hrefPattern, maxLength: 2048, minLength: 1 })
    return { $schema: json.$schema, $id: `https://kestrel-lab.example/${schemaFiles[kind]}`, ...json }
  }
  return {
    page: make(PageSchema, 'page'),
    navigation: make(NavigationSchema, 'navigation'),
    site: make(SiteSchema, 'site'),
  }
}

/** The exact text written to each schema file, so freshness can be checked byte for byte. */
export function serializeSchema(schema: Json): string {
  return `${JSON.stringify(schema, null, 2)}\n`
}
