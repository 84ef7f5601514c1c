import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { isSafeHref } from '#shared/utils/href'
import { readContentFiles } from '../../server/content/files'
import { schemaFiles, schemaKindFor, schemaRefFor } from '../../shared/schema/files'
import { contentJsonSchemas, hrefPattern, serializeSchema } from '../../scripts/lib/json-schema'
import { rawBlocks, rawImage, rawPage } from '../support/content'

const root = resolve(import.meta.dirname, '../..')
const schemas = contentJsonSchemas()
// Editors validate with draft 2020-12; so do we, with ajv, to prove the schema says what zod says.
const ajv = new Ajv2020({ strict: false, allErrors: true })
const validators = {
  page: ajv.compile(schemas.page),
  navigation: ajv.compile(schemas.navigation),
  site: ajv.compile(schemas.site),
}

describe('JSON Schema for editors', () => {
  it('is committed exactly as `npm run content:schema` writes it', () => {
    for (const [kind, file] of Object.entries(schemaFiles) as Array<[keyof typeof schemaFiles, string]>) {
      expect(readFileSync(resolve(root, file), 'utf8'), `${file} is stale: run npm run content:schema`).toBe(serializeSchema(schemas[kind]))
    }
  })

  it('accepts every demo content file, each of which points to it by relative path', async () => {
    const files = await readContentFiles(resolve(root, 'content'))
    expect(files.length).toBeGreaterThan(25)
    for (const file of files) {
      const data = JSON.parse(file.text)
      expect(data.$schema, file.name).toBe(schemaRefFor(file.name))
      const validate = validators[schemaKindFor(file.name)]
      expect(validate(data), `${file.name}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })

  it('refuses what the build refuses: missing alt, unknown blocks and fields, unsafe links, bad themes', () => {
    const bad = [
      rawPage({ blocks: [{ ...rawBlocks.image, image: rawImage({ alt: '' }) }] }),
      rawPage({ blocks: [{ ...rawBlocks.image, image: rawImage({ alt: undefined }) }] }),
      rawPage({ blocks: [{ type: 'carousel' }] }),
      rawPage({ tittle: 'x' }),
      rawPage({ blocks: [{ ...rawBlocks['heading-with-text'], link: { label: 'x', href: 'javascript:alert(1)' } }] }),
      rawPage({ theme: 'pink' }),
      rawPage({ blocks: 'none' }),
    ]
    for (const page of bad) expect(validators.page(page), JSON.stringify(page)).toBe(false)
    expect(validators.page(rawPage({ blocks: [{ ...rawBlocks.image, image: rawImage({ alt: '', decorative: true }) }] }))).toBe(true)
  })

  it('carries a description and an example for every block field', () => {
    const blocks = ((schemas.page.properties as Record<string, { items: { oneOf: Array<{ properties: Record<string, { description?: string, examples?: unknown[] }> }> } }>).blocks!.items.oneOf)
    expect(blocks).toHaveLength(Object.keys(rawBlocks).length)
    for (const block of blocks) {
      for (const [name, field] of Object.entries(block.properties)) {
        if (name === 'type') continue
        expect(field.description ?? (field as { $ref?: string }).$ref, name).toBeTruthy()
      }
    }
  })

  it('expresses the same safe-URL rule as the build', () => {
    const re = new RegExp(hrefPattern, 'u')
    const samples = [
      '/research', '#content', 'https://example.org/a?b', 'HTTP://EXAMPLE.ORG', 'mailto:a@b.c', 'tel:+15550100', 'research/one', './one', '../up', 'https:evil.example', 'https:///x', 'javascript%3Ax', '/a\u202Eb', 'https://a.example/\u2066',
      'javascript:alert(1)', 'JavaScript:x', 'vbscript:x', 'data:text/html,x', '//evil.example', '/\\evil', 'java\tscript:x', ' /lead', 'file:///x', '\u0000x', 'a:b',
    ]
    for (const href of samples) expect(re.test(href), href).toBe(isSafeHref(href))
  })
})
