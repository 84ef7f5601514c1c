import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { poolEntry, prerenderWorkers } from '../../modules/framework-internals'
import { createPrerenderPool, pageOf, type PrerenderPool } from '../../modules/prerender-pool/pool.mjs'

/**
 * A stand-in for Nitro's prerender entry: answers with the thread it ran in, remembers which
 * pages it rendered (as Nuxt keeps their payloads), and fails on request.
 */
const fakeServer = `
import { threadId } from 'node:worker_threads'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
const rendered = new Set()
export async function localFetch(url, init = {}) {
  const path = url.split('?')[0]
  if (path === '/exit') process.exit(3)
  if (path === '/throw') throw new Error('boom\\nwith a second line')
  if (path === '/moved') return new Response(null, { status: 301, headers: { location: '/elsewhere' } })
  if (path === '/nothing') return new Response(null, { status: 204 })
  if (path === '/missing') return new Response('not here', { status: 404, statusText: 'Not Found' })
  if (path === '/feed.xml') return new Response('<feed><link href="/from-a-feed"/></feed>', { headers: { 'content-type': 'application/xml' } })
  if (path.endsWith('/_payload.json')) {
    const page = path.slice(0, -'/_payload.json'.length) || '/'
    return Response.json({ thread: threadId, renderedHere: rendered.has(page) })
  }
  await new Promise(resolve => setTimeout(resolve, 5))
  rendered.add(path)
  const asked = new Headers(init.headers).get('x-nitro-prerender')
  return new Response('<p>' + path + ' ' + threadId + ' ' + asked + '</p><a href="/linked/from' + path + '">x</a><a href="#top">top</a>', {
    headers: { 'content-type': 'text/html;charset=utf-8', 'x-nitro-prerender': encodeURIComponent(path + '/_payload.json') },
  })
}
export async function closePrerenderer() {
  writeFileSync(join(process.env.FAKE_SERVER_CLOSED, String(threadId)), 'closed')
}
`

const dir = mkdtempSync(join(tmpdir(), 'prerender-pool-'))
const closedDir = mkdtempSync(join(tmpdir(), 'prerender-pool-closed-'))
process.env.FAKE_SERVER_CLOSED = closedDir
const entry = join(dir, 'server.mjs')
writeFileSync(entry, fakeServer)
const brokenEntry = join(dir, 'broken.mjs')
writeFileSync(brokenEntry, 'throw new Error(\'the server bundle is broken\')\n')

// A server whose code imports the pool's entry back: inside a worker it must not start a pool of its own.
const nestedEntry = join(dir, 'nested.mjs')
writeFileSync(nestedEntry, `
import { createPrerenderPool } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../modules/prerender-pool/pool.mjs')).href)}
const inner = await createPrerenderPool(${JSON.stringify(pathToFileURL(entry).href)}, { workers: 2 })
export async function localFetch(url, init) {
  const response = await inner.localFetch(url, init)
  return new Response(await response.text(), { headers: { 'x-inner-workers': String(inner.workers) } })
}
export const closePrerenderer = () => inner.closePrerenderer()
`)

const pools: PrerenderPool[] = []
const logged: string[] = []
async function pool(workers = 2, file = entry) {
  const p = await createPrerenderPool(pathToFileURL(file), { workers, log: m => logged.push(m) })
  pools.push(p)
  return p
}
const html = (r: Response) => r.text()
const ask = (p: PrerenderPool, path: string) => p.localFetch(path, { headers: { 'x-nitro-prerender': path } })

afterEach(async () => {
  await Promise.all(pools.splice(0).map(p => p.closePrerenderer()))
  logged.length = 0
})
afterAll(() => [dir, closedDir].forEach(d => rmSync(d, { recursive: true, force: true })))

describe('prerender pool', () => {
  it('renders in worker threads, spreading concurrent routes over all of them', async () => {
    const p = await pool(2)
    expect(p.workers).toBe(2)
    const paths = Array.from({ length: 16 }, (_, i) => `/page-${i}`)
    const bodies = await Promise.all(paths.map(path => ask(p, path).then(html)))
    const threads = new Set(bodies.map(b => b.split(' ')[1]))
    expect(threads.size).toBe(2)
    expect(threads.has('0')).toBe(false) // never the caller's thread
    // Each answer is the one for its own route, with the request's headers seen by the server.
    bodies.forEach((body, i) => expect(body).toMatch(new RegExp(`^<p>/page-${i} \\d+ /page-${i}</p>`)))
  })

  it('keeps the headers Nitro reads: content type and the payload route to render next', async () => {
    const p = await pool(2)
    const response = await ask(p, '/about')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html;charset=utf-8')
    expect(decodeURIComponent(response.headers.get('x-nitro-prerender')!)).toBe('/about/_payload.json')
  })

  it('sends a page\'s payload request to the worker that rendered the page', async () => {
    const p = await pool(2)
    const pages = Array.from({ length: 12 }, (_, i) => `/research/entry-${i}`)
    await Promise.all(pages.map(path => ask(p, path)))
    const payloads = await Promise.all(pages.map(path => ask(p, `${path}/_payload.json`).then(r => r.json())))
    expect(payloads.every(payload => payload.renderedHere)).toBe(true)
    expect(new Set(payloads.map(payload => payload.thread)).size).toBe(2)
    // The home page's payload is /_payload.json.
    await ask(p, '/')
    expect((await ask(p, '/_payload.json').then(r => r.json())).renderedHere).toBe(true)
  })

  it('passes redirects, empty answers and errors through with their status', async () => {
    const p = await pool(2)
    const moved = await ask(p, '/moved')
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe('/elsewhere')
    expect((await ask(p, '/nothing')).status).toBe(204)
    const missing = await ask(p, '/missing')
    expect([missing.status, missing.statusText, await missing.text()]).toEqual([404, 'Not Found', 'not here'])
  })

  it('answers 500, naming the error, when the server throws, so Nitro fails the export', async () => {
    const p = await pool(2)
    const response = await ask(p, '/throw')
    expect(response.status).toBe(500)
    expect(response.statusText).toBe('boom')
    expect(logged.join('\n')).toContain('/throw: Error: boom')
    expect((await ask(p, '/after')).status).toBe(200)
  })

  it('fails the requests of a worker that dies, and renders the rest on the others', async () => {
    const p = await pool(2)
    const response = await ask(p, '/exit')
    expect(response.status).toBe(500)
    expect(response.statusText).toMatch(/worker \d exited with code 3/)
    expect(logged.some(m => /worker \d exited with code 3/.test(m))).toBe(true)
    const after = await Promise.all(['/a', '/b', '/c', '/d'].map(path => ask(p, path)))
    expect(after.map(r => r.status)).toEqual([200, 200, 200, 200])
  })

  it('refuses requests with a body, which prerendering never sends', async () => {
    const p = await pool(2)
    await expect(p.localFetch('/form', { method: 'POST', body: 'x' })).rejects.toThrow(/without a body/)
  })

  it('runs each worker\'s close hooks when Nitro closes the prerenderer', async () => {
    const p = await createPrerenderPool(pathToFileURL(entry), { workers: 2 })
    const before = readdirSync(closedDir).length
    await p.closePrerenderer()
    expect(readdirSync(closedDir).length - before).toBe(2)
  })

  it('stops with the server\'s own error when a worker cannot load it', async () => {
    await expect(createPrerenderPool(pathToFileURL(brokenEntry), { workers: 2, log: () => {} }))
      .rejects.toThrow('A prerender worker could not load the server: the server bundle is broken')
  })

  it('never starts a pool inside a worker, even if the server imports the pool again', async () => {
    const p = await pool(2, nestedEntry)
    const response = await ask(p, '/nested')
    expect(response.headers.get('x-inner-workers')).toBe('0')
    expect(await response.text()).toMatch(/^<p>\/nested [1-9]\d* \/nested<\/p>/)
  })

  it('with one worker, loads the server in the caller\'s thread as Nitro does', async () => {
    const p = await pool(1)
    expect(p.workers).toBe(0)
    expect((await ask(p, '/here').then(html)).split(' ')[1]).toBe('0')
  })
})

describe('pageOf', () => {
  it('maps a payload to its page and leaves other routes alone', () => {
    expect(pageOf('/research/a/_payload.json')).toBe('/research/a')
    expect(pageOf('/_payload.json?abc')).toBe('/')
    expect(pageOf('/research/a')).toBe('/research/a')
    expect(pageOf('/feed.xml?x=1')).toBe('/feed.xml')
  })
})

describe('prerender workers', () => {
  it('uses one per core, at most four, unless SITE_PRERENDER_WORKERS says otherwise', () => {
    expect(prerenderWorkers(undefined, 2)).toBe(2)
    expect(prerenderWorkers(undefined, 1)).toBe(1)
    expect(prerenderWorkers(undefined, 32)).toBe(4)
    expect(prerenderWorkers('', 2)).toBe(2)
    expect(prerenderWorkers('3', 2)).toBe(3)
    expect(prerenderWorkers('1', 8)).toBe(1)
  })

  it('names the variable when its value is not a count', () => {
    expect(() => prerenderWorkers('two', 2)).toThrow('SITE_PRERENDER_WORKERS must be a whole number of at least 1, not "two"')
    expect(() => prerenderWorkers('0', 2)).toThrow(/at least 1/)
  })

  it('writes an entry in place of Nitro\'s that answers its requests from worker threads', async () => {
    const serverDir = mkdtempSync(join(tmpdir(), 'prerender-entry-'))
    cpSync(join(import.meta.dirname, '../../modules/prerender-pool'), join(serverDir, 'prerender-pool'), { recursive: true })
    writeFileSync(join(serverDir, 'render.mjs'), fakeServer)
    writeFileSync(join(serverDir, 'index.mjs'), poolEntry(2))
    const server = await import(pathToFileURL(join(serverDir, 'index.mjs')).href) as PrerenderPool
    try {
      const body = await (await server.localFetch('/about', { headers: { 'x-nitro-prerender': '/about' } })).text()
      expect(body).toMatch(/^<p>\/about [1-9]\d* \/about<\/p>/)
    }
    finally {
      await server.closePrerenderer()
      rmSync(serverDir, { recursive: true, force: true })
    }
  })
})
