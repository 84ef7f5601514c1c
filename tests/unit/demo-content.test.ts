import { blockTypes } from '#shared/schema'
import { resolve } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { readContentFiles } from '../../server/content/files'
import { formatProblem } from '../../server/content/problems'
import { createRepository } from '../../server/content/repository'
import { validateContent } from '../../server/content/validate'

const content = validateContent(await readContentFiles(resolve(import.meta.dirname, '../../content')))

describe('the demo content', () => {
  it('is valid', () => {
    expect(content.problems.map(formatProblem)).toEqual([])
  })

  it('survives the snapshot the export hands its prerender workers (modules/content.ts) unchanged', () => {
    // node:v8 keeps Maps and plain data; a function or a class instance in validated content
    // would throw or come back as something else, and the workers would render from it.
    const copy = deserialize(serialize(content)) as typeof content
    expect(copy).toStrictEqual(content)
    const [original, restored] = [createRepository(content), createRepository(copy)]
    expect(restored.publishedPaths()).toEqual(original.publishedPaths())
    for (const path of original.publishedPaths()) expect(restored.page(path), path).toStrictEqual(original.page(path))
  })

  it('composes the home page from the twelve blocks of the brief, in order', () => {
    expect(content.pages.get('/')!.page.blocks.map(b => b.type)).toEqual([
      'hero', 'listing-mixed', 'listing-latest', 'heading-with-text', 'image', 'heading-with-text',
      'listing-research', 'heading-with-text', 'listing-latest', 'heading-with-text', 'image', 'testimonial',
    ])
  })

  it('has at least eight published research pages, and uses every block type', () => {
    const repo = createRepository(content)
    expect(repo.entries('research').length).toBeGreaterThanOrEqual(8)
    const used = new Set([...content.pages.values()].flatMap(r => r.page.blocks.map(b => b.type)))
    expect([...used].sort()).toEqual([...blockTypes].sort())
  })

  it('has five navigation groups whose internal links all lead to published pages', () => {
    const repo = createRepository(content)
    expect(content.navigation!.header).toHaveLength(5)
    const internal = content.navigation!.header.flatMap(g => [...g.items.map(i => i.href), ...(g.url ? [g.url] : [])]).filter(h => h.startsWith('/'))
    expect(internal.length).toBeGreaterThan(5)
    for (const href of internal) expect(repo.page(href), href).toBeDefined()
  })
})
