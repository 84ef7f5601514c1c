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

const revivers = Object.fromEntries(['ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef'].map(name => [name, (v: unknown) => v]))

/** The data a server-rendered page carries for the browser, revived as Nuxt revives it. */
async function renderedPayload(path: string): Promise<{ data: Record<string, unknown>, pinia?: { site?: { data?: unknown } } }> {
  const html = await (await fetch(server.url + path)).text()
  const json = /<script type="application\/json" data-nuxt-data="nuxt-app"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!
  return parse(json, revivers)
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
