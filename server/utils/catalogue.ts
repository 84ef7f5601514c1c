import process from 'node:process'
import { BlockSchema, blockGroups, blockSchemas, embedDefinitions, embedNames } from '#shared/schema'
import type { BlockType, CatalogueGroup } from '#shared/schema'
import type { ContentRepository } from '../content/repository'

/**
 * The block catalogue is an authoring tool: on in dev and in the Node server, and in the
 * static export only when asked for (`SITE_CATALOGUE=1 npm run generate`).
 */
export function catalogueEnabled(): boolean {
  return !import.meta.prerender || process.env.SITE_CATALOGUE === '1'
}

/** Every block type, grouped as the docs are, rendered from its schema example; an embed once per component. */
export function buildCatalogue(content: ContentRepository): CatalogueGroup[] {
  const entry = (type: BlockType, id: string, name: string, description: string, example: unknown) => ({
    type,
    id,
    name,
    description,
    example,
    block: content.resolveBlocks([BlockSchema.parse(example)], '/_blocks')[0]!,
  })
  return Object.entries(blockGroups).map(([title, types]) => ({
    title,
    entries: types.flatMap((type) => {
      const schema = blockSchemas.find(s => s.shape.type.value === type)!
      const meta = schema.meta() as { description: string, examples: Array<Record<string, unknown>> }
      if (type !== 'embed') return [entry(type, type, type, meta.description, meta.examples[0])]
      return embedNames.map((name) => {
        const { title: what, description, example, exampleFallback } = embedDefinitions[name]
        const block = { ...meta.examples[0], component: name, heading: `A ${what}`, fallback: exampleFallback, props: example }
        return entry(type, `embed-${name}`, `embed: ${name}`, description, block)
      })
    }),
  }))
}
