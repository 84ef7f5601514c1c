/**
 * `npm run content:schema`: writes the JSON Schemas that editors use to complete and check
 * content files as authors type (schemas/*.schema.json), from the one schema module.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { schemaFiles } from '../shared/schema/files'
import { contentJsonSchemas, serializeSchema } from './lib/json-schema'

const root = resolve(import.meta.dirname, '..')
const schemas = contentJsonSchemas()
for (const [kind, file] of Object.entries(schemaFiles) as Array<[keyof typeof schemaFiles, string]>) {
  await mkdir(dirname(resolve(root, file)), { recursive: true })
  await writeFile(resolve(root, file), serializeSchema(schemas[kind]))
  console.log(`Wrote ${file}`)
}
