/**
 * `npm run bench:export [sizes...]`: the real `npm run generate` on synthetic sites of 200,
 * 1,000 and 5,000 pages (scripts/bench/synthetic-site.mts), each in a temporary copy of the
 * project with its own cold build cache, run twice: once from nothing, once again with
 * nothing changed. Prints a table and writes bench-results/export.json. Asserts nothing.
 */
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { createInterface } from 'node:readline'
import { makeSyntheticSite } from './bench/synthetic-site.mts'

const root = resolve(import.meta.dirname, '..')
const sizes = process.argv.slice(2).map(Number).filter(n => n > 0)
if (!sizes.length) sizes.push(200, 1000, 5000)
const skip = new Set(['node_modules', '.git', '.nuxt', '.output', '.output-server', 'dist', 'test-results', 'bench-results'])

/** Resident memory of a process and all its descendants, in bytes, read from /proc. */
async function treeRss(pid: number): Promise<{ total: number, largest: number, largestName: string }> {
  const children = new Map<number, number[]>()
  const rss = new Map<number, { bytes: number, name: string }>()
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '')
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0)
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
    rss.set(Number(entry), { bytes: kb * 1024, name: /^Name:\s+(\S+)/m.exec(status)?.[1] ?? '?' })
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
  }
  let total = 0, largest = 0, largestName = ''
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()!
    const { bytes = 0, name = '?' } = rss.get(p) ?? {}
    total += bytes
    if (bytes > largest) [largest, largestName] = [bytes, name]
    stack.push(...(children.get(p) ?? []))
  }
  return { total, largest, largestName }
}

interface Run {
  seconds: number
  code: number
  lines: { at: number, text: string }[]
  peakTotal: number
  peakLargest: number
  /** When the largest process peaked (seconds from the start), and which program it was. */
  peakAt: number
  peakName: string
}

/** Runs a command, keeping each output line with the second it appeared, and sampling memory. */
function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, CI: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: Run['lines'] = []
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', text => lines.push({ at: (performance.now() - started) / 1000, text }))
    }
    let peakTotal = 0, peakLargest = 0, peakAt = 0, peakName = ''
    const timer = setInterval(async () => {
      const { total, largest, largestName } = await treeRss(child.pid!)
      peakTotal = Math.max(peakTotal, total)
      if (largest > peakLargest) [peakLargest, peakAt, peakName] = [largest, (performance.now() - started) / 1000, largestName]
    }, 250)
    child.on('close', (code) => {
      clearInterval(timer)
      done({ seconds: (performance.now() - started) / 1000, code: code ?? 1, lines, peakTotal, peakLargest, peakAt, peakName })
    })
  })
}

async function folderSize(dir: string): Promise<{ bytes: number, files: number }> {
  let bytes = 0, files = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    bytes += (await stat(join(entry.parentPath, entry.name))).size
    files++
  }
  return { bytes, files }
}

interface Measure {
  totalSeconds: number
  /** When content:check, which runs beside the build, had finished. */
  checkSeconds: number
  /** Nuxt's client and server builds, up to the prerenderer. */
  buildSeconds: number
  /** Nitro's own figure: the prerenderer's build, then every route. */
  prerenderSeconds: number
  routes: number
  htmlPages: number
  msPerRoute: number
  afterSeconds: number
  peakRssMiB: number
  /** Where the largest process was when it peaked: a phase of the export, and the program. */
  peakDuring: string
  peakTreeRssMiB: number
}

const logDir = join(root, 'bench-results/logs')

/** The whole output of a run goes to bench-results/logs/, for when the figures need explaining. */
async function keepLog(name: string, result: Run): Promise<string> {
  await mkdir(logDir, { recursive: true })
  const file = join(logDir, `${name}.log`)
  await writeFile(file, result.lines.map(l => `${l.at.toFixed(2).padStart(8)} ${l.text}`).join('\n'))
  return file
}

/** A second generate with nothing changed copies the last export: only its total time counts. */
async function generateAgain(dir: string, env: Record<string, string>, name: string): Promise<{ totalSeconds: number }> {
  const gen = await run(process.execPath, ['scripts/generate.mjs'], dir, env)
  const genLog = await keepLog(`${name}-generate`, gen)
  if (gen.code !== 0) throw new Error(`generate failed: see ${genLog}`)
  if (!gen.lines.some(l => /Nothing changed since the last export/.test(l.text))) throw new Error(`the second generate built the site again: see ${genLog}`)
  return { totalSeconds: gen.seconds }
}

async function generateOnce(dir: string, env: Record<string, string>, name: string): Promise<Measure> {
  const gen = await run(process.execPath, ['scripts/generate.mjs'], dir, env)
  const genLog = await keepLog(`${name}-generate`, gen)
  if (gen.code !== 0) throw new Error(`generate failed: see ${genLog}`)
  const at = (pattern: RegExp) => gen.lines.find(l => pattern.test(l.text))
  const done = at(/Prerendered \d+ routes in/)
  const start = at(/Initializing prerenderer/)
  const checked = at(/content:check: /)
  if (!done || !start || !checked) throw new Error('generate printed no prerender or content:check summary')
  const [, routes, seconds] = /Prerendered (\d+) routes in ([\d.]+) seconds/.exec(done.text)!
  // Nitro no longer prints each route (modules/framework-internals.ts): count the pages written.
  const htmlPages = (await readdir(join(dir, '.output/public'), { recursive: true })).filter(f => f.endsWith('.html')).length
  return {
    totalSeconds: gen.seconds,
    checkSeconds: checked.at,
    buildSeconds: start.at,
    prerenderSeconds: Number(seconds),
    routes: Number(routes),
    htmlPages,
    msPerRoute: (Number(seconds) * 1000) / Number(routes),
    afterSeconds: gen.seconds - done.at,
    peakRssMiB: gen.peakLargest / 2 ** 20,
    peakDuring: `${gen.peakAt < start.at ? 'build' : gen.peakAt <= done.at ? 'prerender' : 'search index'} (${gen.peakName}, ${gen.peakAt.toFixed(0)} s)`,
    peakTreeRssMiB: gen.peakTotal / 2 ** 20,
  }
}

const results = []
for (const size of sizes) {
  const dir = await mkdtemp(join(tmpdir(), `bench-export-${size}-`))
  try {
    for (const entry of await readdir(root)) {
      if (!skip.has(entry) && !entry.startsWith('.output')) await cp(join(root, entry), join(dir, entry), { recursive: true })
    }
    // The packages are links to the project's own; node_modules/.cache (Nuxt's build cache,
    // and ours by default) is the copy's, so the first run starts cold.
    await mkdir(join(dir, 'node_modules'))
    for (const entry of await readdir(join(root, 'node_modules'))) {
      if (entry !== '.cache') await symlink(join(root, 'node_modules', entry), join(dir, 'node_modules', entry))
    }
    const site = await makeSyntheticSite(dir, size)
    // Caches of its own (in the copy's node_modules/.cache): the first run is cold, the second
    // finds what the first left.
    const env = {}
    console.log(`\n${size} pages (${site.research} research, ${site.blog} blog, ${site.topics} topics, ${site.images} images): first generate...`)
    const first = await generateOnce(dir, env, `${size}-first`)
    const exported = await folderSize(join(dir, '.output/public'))
    console.log(`  ${first.totalSeconds.toFixed(1)} s; again with nothing changed...`)
    const second = await generateAgain(dir, env, `${size}-second`)
    console.log(`  ${second.totalSeconds.toFixed(1)} s`)
    results.push({ pages: site.pages, site, first, second, exportMiB: exported.bytes / 2 ** 20, exportFiles: exported.files })
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const f1 = (n: number) => n.toFixed(1)
console.log(`\nExport benchmark on ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`)
console.table(results.map(r => ({
  'pages': r.pages,
  'routes': r.first.routes,
  'check done at s': f1(r.first.checkSeconds),
  'build s': f1(r.first.buildSeconds),
  'prerender s': f1(r.first.prerenderSeconds),
  'ms/route': f1(r.first.msPerRoute),
  'total s': f1(r.first.totalSeconds),
  'peak RSS MiB': r.first.peakRssMiB.toFixed(0),
  'peak during': r.first.peakDuring,
  'export MiB': f1(r.exportMiB),
  '2nd total s': f1(r.second.totalSeconds),
  'speed-up': `${(r.first.totalSeconds / r.second.totalSeconds).toFixed(2)}×`,
})))
await mkdir(join(root, 'bench-results'), { recursive: true })
const out = join(root, 'bench-results/export.json')
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, node: process.version, results }, null, 2))
console.log(`Written to ${out}`)
