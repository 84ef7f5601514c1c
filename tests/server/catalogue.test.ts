import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockTypes, embedNames } from '#shared/schema'
import { startServer } from './server'
import type { RunningServer } from './server'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({})
})
afterAll(() => server?.stop())

describe('block catalogue on the Node server', () => {
  it('renders every block type from its schema example, with its JSON, grouped', async () => {
    const response = await fetch(`${server.url}/_blocks`)
    expect(response.status).toBe(200)
    const html = await response.text()
    for (const type of blockTypes) {
      expect(html, type).toContain(`class="ui-block ui-block--${type} `)
      expect(html, type).toContain(type === 'embed' ? 'id="block-embed-' : `id="block-${type}"`)
      expect(html, type).toContain(`&quot;type&quot;: &quot;${type}&quot;`)
    }
    // An embed once per component registered, each drawn from its own example with its fallback.
    for (const name of embedNames) {
      expect(html, name).toContain(`id="block-embed-${name}"`)
      expect(html, name).toContain(`&quot;component&quot;: &quot;${name}&quot;`)
    }
    expect(html).toContain('Removing the carry units first drops accuracy')
    for (const group of ['Page openings', 'Text', 'Media', 'Listings']) expect(html).toContain(`>${group}</h2>`)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    // The examples' images are variants the server agrees to make (it makes no others).
    const images = [...new Set([...html.replace(/&amp;/g, '&').matchAll(/\/_ipx\/[^"\s,]+/g)].map(m => m[0]))]
    expect(images.length).toBeGreaterThan(2)
    for (const url of images) expect((await fetch(server.url + url)).status, url).toBe(200)
  })

  it('fills listing examples with real entries from the content', async () => {
    const groups = await (await fetch(`${server.url}/api/catalogue`)).json() as Array<{ entries: Array<{ type: string, block: { entries?: unknown[] } }> }>
    const latest = groups.flatMap(g => g.entries).find(e => e.type === 'listing-latest')!
    expect(latest.block.entries!.length).toBeGreaterThan(0)
  })
})
