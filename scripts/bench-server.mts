/**
 * `npm run bench:server`: requests per second and p99 latency of the Node server build, with
 * its page cache on and off, against a plain static server of the same export (the ceiling),
 * for the home page and an article, using autocannon on loopback. Each server is one Node
 * process (one core); autocannon runs in this process, on the other core.
 *
 * `npm run bench:server -- --soak`: the load test of issue #7 instead: 60 s at 100
 * connections on a mix of pages, page cache on as deployed (`--no-cache`: every request
 * rendered, the worst case); counts errors, timeouts and non-2xx
 * answers, and compares the server's resident memory after the run with after a warm-up.
 *
 * It also builds an empty Nuxt app with the same Nuxt (scripts/bench/nuxt-floor.mts) and loads
 * its one page the same way: the framework's floor, which no page of this site can beat on
 * the same machine (`--no-floor` skips it).
 *
 * Needs the export in .output/public (`npm run generate`); builds the server into
 * .output-server (where `npm run test:server` builds it too) unless `--no-build`. Servers
 * are started as the server tests start them (tests/server/server.ts). Prints figures and
 * writes bench-results/server.json. Asserts nothing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import autocannon from 'autocannon'
import type { Result } from 'autocannon'
import { startServer } from '../tests/server/server'
import { serveStatic } from './serve-static.mjs'
import { buildNuxtFloor } from './bench/nuxt-floor.mts'

const root = resolve(import.meta.dirname, '..')
const soak = process.argv.includes('--soak')
const seconds = Number(process.argv.find(a => a.startsWith('--seconds='))?.slice(10) ?? (soak ? 60 : 10))
const connections = Number(process.argv.find(a => a.startsWith('--connections='))?.slice(14) ?? (soak ? 100 : 50))
const serverDir = resolve(root, '.output-server')
const paths = { home: '/', article: '/research/quiet-gradients' }

if (!existsSync(resolve(root, '.output/public/index.html'))) {
  console.error('No export in .output/public: run `npm run generate` first.')
  process.exit(1)
}
if (!process.argv.includes('--no-build') || !existsSync(resolve(serverDir, 'server/index.mjs'))) {
  console.log('Building the Node server into .output-server ...')
  const build = spawnSync(process.execPath, [resolve(root, 'node_modules/nuxt/bin/nuxt.mjs'), 'build'], { cwd: root, env: { ...process.env, SITE_OUTPUT_DIR: serverDir }, stdio: 'ignore' })
  if (build.status !== 0) throw new Error('nuxt build failed')
}

const startNode = (cache: boolean) => startServer({ SITE_PAGE_CACHE: cache ? 'true' : 'false' })

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)![1]) / 1024
}

function load(url: string, requests?: autocannon.Request[], duration = seconds): Promise<Result> {
  return new Promise((done, fail) => {
    autocannon({ url, connections, duration, requests }, (error, result) => (error ? fail(error) : done(result)))
  })
}

const summary = (r: Result) => ({ rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors - r.timeouts, timeouts: r.timeouts, non2xx: r.non2xx })
const results: Record<string, unknown> = {}

if (soak) {
  // As deployed (page cache on), unless `--no-cache` asks for every request to be rendered.
  const cache = !process.argv.includes('--no-cache')
  const server = await startNode(cache)
  const mix = ['/', '/research/quiet-gradients', '/research', '/blog/reading-group', '/about', '/research/tag/memory', '/legal/privacy']
  const requests: autocannon.Request[] = mix.map(path => ({ method: 'GET', path, headers: { accept: 'text/html' } }))
  await load(server.url, requests, 10)
  const warm = await rssMiB(server.pid)
  const run = await load(server.url, requests)
  // Let in-flight work settle and the collector run, as a server between bursts would.
  await new Promise(r => setTimeout(r, 2000))
  const after = await rssMiB(server.pid)
  await server.stop()
  const soakResult = { seconds, connections, cache, pages: mix, ...summary(run), requests: run.requests.total, rssWarmMiB: Math.round(warm), rssAfterMiB: Math.round(after), rssGrowth: (after - warm) / warm }
  results.soak = soakResult
  console.log(`\nLoad test: ${seconds} s, ${connections} connections, ${mix.length} pages, page cache ${cache ? 'on' : 'off'}`)
  console.table([{ 'requests': run.requests.total, 'req/s': soakResult.rps, 'p99 ms': soakResult.p99, 'errors': soakResult.errors, 'timeouts (10 s)': soakResult.timeouts, 'non-2xx': soakResult.non2xx, 'RSS after warm-up MiB': soakResult.rssWarmMiB, 'RSS after run MiB': soakResult.rssAfterMiB, 'growth': `${(soakResult.rssGrowth * 100).toFixed(1)} %` }])
}
else {
  const rows: (ReturnType<typeof summary> & { server: string, page: string, ofCeiling: number })[] = []
  const targets: [string, () => Promise<{ url: string, stop: () => Promise<void> }>][] = [
    ['static export (ceiling)', async () => {
      const s = await serveStatic(resolve(root, '.output/public'))
      return { url: s.url.replace(/\/$/, ''), stop: s.close }
    }],
    ['Node server, page cache on', () => startNode(true)],
    ['Node server, page cache off', () => startNode(false)],
  ]
  const measure = async (name: string, server: { url: string, stop: () => Promise<void> }, pages: Record<string, string>) => {
    for (const [page, path] of Object.entries(pages)) {
      const url = server.url + path
      await load(url, undefined, 2) // warm-up: first renders, JIT, caches
      rows.push({ server: name, page, ...summary(await load(url)), ofCeiling: 1 })
    }
    await server.stop()
  }
  for (const [name, start] of targets) await measure(name, await start(), paths)
  if (!process.argv.includes('--no-floor')) {
    console.log('Building an empty Nuxt app (the framework floor) ...')
    const floor = await buildNuxtFloor()
    try {
      await measure('empty Nuxt page, rendered (floor)', await startServer({}, { entry: floor.entry, ready: '/' }), { empty: '/' })
    }
    finally {
      await floor.remove()
    }
  }
  for (const row of rows) {
    // The empty page is compared with the export's article, the page the targets name.
    const ceiling = rows.find(r => r.server.startsWith('static') && r.page === (row.page === 'empty' ? 'article' : row.page))!
    row.ofCeiling = row.rps / ceiling.rps
  }
  results.throughput = { seconds, connections, rows }
  console.log(`\nautocannon, ${seconds} s per run, ${connections} connections, loopback, one server process`)
  console.table(rows.map(r => ({ 'server': r.server, 'page': r.page, 'req/s': r.rps, 'p99 ms': r.p99, 'of static': `${(r.ofCeiling * 100).toFixed(0)} %`, 'errors': r.errors, 'timeouts': r.timeouts, 'non-2xx': r.non2xx })))
}

await mkdir(resolve(root, 'bench-results'), { recursive: true })
const out = resolve(root, `bench-results/server${soak ? '-soak' : ''}.json`)
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2))
console.log(`Written to ${out}`)
