import process from 'node:process'
import { BlockSchema, blockGroups, blockSchemas } from '#shared/schema'
import type { CatalogueGroup } from '#shared/schema'
import type { ContentRepository } from '../content/repository'

/**
 * The block catalogue is an authoring tool: on in dev and in the Node server, and in the
 * static export only when asked for (`SITE_CATALOGUE=1 npm run generate`).
 */
export function catalogueEnabled(): boolean {
  return !import.meta.prerender || process.env.SITE_CATALOGUE === '1'
}

/** Every block type, grouped as the docs are, rendered from its schema example. */
export function buildCatalogue(content: ContentRepository): CatalogueGroup[] {
  return Object.entries(blockGroups).map(([title, types]) => ({
    title,
    entries: types.map((type) => {
      const schema = blockSchemas.find(s => s.shape.type.value === type)!
      const meta = schema.meta() as { description: string, examples: unknown[] }
      const example = meta.examples[0]
      return {
        type,
        description: meta.description,
        example,
        block: content.resolveBlocks([BlockSchema.parse(example)], '/_blocks')[0]!,
      }
    }),
  }))
}
