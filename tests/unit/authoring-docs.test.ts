import { describe, expect, it } from 'vitest'
import { blockTypes } from '#shared/schema'
import { renderReference } from '../../scripts/lib/authoring-docs'

describe('authoring reference', () => {
  const doc = renderReference()
  it('documents every block type with its fields and a JSON example', () => {
    for (const type of blockTypes) {
      const section = doc.slice(doc.indexOf(`#### \`${type}\``))
      expect(section, type).toMatch(/\| field \| type \| required \| description \| example \|/)
      expect(section, type).toContain(`"type": "${type}"`)
    }
  })
  it('describes every field it lists', () => {
    const rows = doc.split('\n').filter(l => /^\| `/.test(l))
    expect(rows.length).toBeGreaterThan(60)
    for (const row of rows) expect(row.split('|')[4]!.trim(), row).not.toBe('')
  })
})
