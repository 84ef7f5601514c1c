import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { socialNetworks } from '#shared/schema/content'
import { iconNames } from '../../utils/icons'

const sprite = readFileSync(resolve(import.meta.dirname, '../../assets/icons.svg'), 'utf8')
const symbols = [...sprite.matchAll(/<symbol\s([^>]*)>([\s\S]*?)<\/symbol>/g)].map(([, attrs, body]) => ({
  id: /\bid="([^"]+)"/.exec(attrs!)?.[1],
  viewBox: /\bviewBox="([^"]+)"/.exec(attrs!)?.[1],
  body: body!,
}))

describe('the icon sprite', () => {
  it('has one symbol for each icon name, and nothing else', () => {
    expect(symbols.map(s => s.id).sort()).toEqual([...iconNames].sort())
    expect(new Set(symbols.map(s => s.id)).size).toBe(symbols.length)
  })

  it('draws every icon on the same 24-unit grid, in the colour of the text', () => {
    for (const { id, viewBox, body } of symbols) {
      expect(viewBox, id).toBe('0 0 24 24')
      expect(body, id).toMatch(/<path d="[^"]+"/)
      // Filled or stroked, never a fixed colour: icons follow the theme.
      expect(body, id).toMatch(/(fill|stroke)="currentColor"/)
      expect(body.match(/(?:fill|stroke)="([^"]+)"/g)!.every(a => /"(currentColor|none)"/.test(a)), id).toBe(true)
    }
  })

  it('has an icon for every social network the footer can link to', () => {
    for (const network of socialNetworks) expect(iconNames, network).toContain(network)
  })

  it('is plain SVG: no script, no external reference', () => {
    expect(sprite).not.toMatch(/<script|on\w+=|href=|<foreignObject/i)
  })
})
