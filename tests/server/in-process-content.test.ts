import { parse } from 'devalue'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './server'
import type { RunningServer } from './server'

let server: RunningServer
beforeAll(async () => {
  // Without the page cache, so that every request below is rendered.
  server = await startServer({ SITE_PAGE_CACHE: '0' })
})
afterAll(() => server?.stop())

const revivers = {
  ...Object.fromEntries(['ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef'].map(name => [name, (v: unknown) => v])),
  // plugins/page-payload.ts: a page's data is one JSON string inside the payload.
  Page: (json: string) => JSON.parse(json),
}

/** The payload a server-rendered page carries for the browser, as written. */
async function payloadText(path: string): Promise<string> {
  const html = await (await fetch(server.url + path)).text()
  return /<script type="application\/json" data-nuxt-data="nuxt-app"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!
}

/** The data a server-rendered page carries for the browser, revived as Nuxt revives it. */
async function renderedPayload(path: string): Promise<{ data: Record<string, unknown>, pinia?: { site?: { data?: unknown } } }> {
  return parse(await payloadText(path), revivers)
}

describe('server renders read content in-process', () => {
  it('carry the very page data and site data the API answers with', async () => {
    for (const path of ['/', '/research/quiet-gradients', '/research/tag/memory', '/legal/privacy']) {
      const payload = await renderedPayload(path)
      const api = await (await fetch(`${server.url}/api/page?path=${encodeURIComponent(path)}`)).json()
      expect(JSON.parse(JSON.stringify(payload.data[`page:${path}`])), path).toEqual(api)
      const site = await (await fetch(`${server.url}/api/site.json`)).json()
      expect(payload.pinia?.site?.data, path).toEqual(site)
    }
  })

  it('carry the page data as one JSON string, not as a devalue table of every value in it', async () => {
    const flat = JSON.parse(await payloadText('/research/quiet-gradients')) as unknown[]
    const pages = flat.filter((v): v is [string, number] => Array.isArray(v) && v[0] === 'Page')
    expect(pages).toHaveLength(1)
    const json = flat[pages[0]![1]]
    expect(typeof json).toBe('string')
    expect(JSON.parse(json as string)).toMatchObject({ path: '/research/quiet-gradients', template: 'article' })
    // Nothing of the page's own is left outside that string: its title appears once.
    expect(flat.filter(v => typeof v === 'string' && v.includes('Quiet gradients: training stability'))).toHaveLength(1)
  })

  it('answer a missing page with the 404 page, as the API does', async () => {
    const response = await fetch(`${server.url}/research/no-such-article`, { headers: { accept: 'text/html' } })
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('This page does not exist')
    expect((await fetch(`${server.url}/api/page?path=/research/no-such-article`)).status).toBe(404)
  })

  it('keep shared page data apart: many renders of different pages in parallel each show their own', async () => {
    const paths = ['/', '/about', '/research', '/research/quiet-gradients', '/blog/reading-group', '/legal/privacy']
    const pages = await Promise.all(Array.from({ length: 4 }, () => paths).flat().map(async path => [path, await (await fetch(server.url + path)).text()] as const))
    for (const [path, html] of pages) expect(html, path).toContain(`data-page-path="${path}"`)
  })
})
