import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './server'
import type { RunningServer } from './server'

// Nuxt's build cache (experimental.buildCache) is keyed without Nitro's options, yet
// `nuxt build` compiles other browser code than `nuxt generate`. nuxt.config.ts keeps the
// cache for `generate` only; were it on for `nuxt build`, this server build (made by
// `npm run test:server` after `npm test`'s generate) would have restored the export's Vue
// bundles, or stored its own for the next export to restore.
const vueCache = resolve(import.meta.dirname, '../../node_modules/.cache/nuxt/builds/vue')

let server: RunningServer
beforeAll(async () => {
  server = await startServer({})
})
afterAll(() => server?.stop())

describe('the Node server build and the export\'s build cache', () => {
  it.skipIf(!existsSync(vueCache))('share no entry: the server\'s build id is in none of the cache\'s entries', async () => {
    const html = await (await fetch(server.url + '/')).text()
    const buildId = /buildId:"([\w-]+)"/.exec(html)?.[1]
    expect(buildId).toBeTruthy()
    const cached = readdirSync(vueCache).filter(f => f.endsWith('.buildid')).map(f => readFileSync(resolve(vueCache, f), 'utf8').trim())
    expect(cached.length).toBeGreaterThan(0)
    expect(cached).not.toContain(buildId)
  })
})
