/**
 * `npm run bench:pages`: Lighthouse (mobile preset: a mid-range phone on a slow 4G link,
 * simulated) on the home page, an article and the research index of the export in
 * .output/public, served by `npm run serve`'s server, with Debian's Chromium. Also counts the
 * JavaScript each page loads, gzip, on load and after scrolling to the end (where blocks that
 * hydrate when visible load theirs).
 * Prints a table and writes bench-results/pages.json. Asserts nothing.
 *
 * Each page is measured `--runs=N` times (5 unless told), the pages taking turns, so that a slow
 * spell of the host falls on all three rather than on one. The table shows the run Lighthouse's
 * own `computeMedianRun` picks for each page (the one nearest the median first paint and time to
 * interactive, as its variability guide recommends), with the lowest and highest score of all
 * the runs beside it: this VM's speed moves by 2× from hour to hour, and one run is a sample of
 * the host as much as of the page.
 *
 * The export is served by nginx with gzip and Brotli at level 6 on the fly (scripts/bench/nginx.mjs),
 * as a real static host serves it. `--node-server` uses `npm run serve`'s server instead
 * (Brotli at its highest quality per request; `--cached-server` compressed once, from memory).
 * `--export=<dir>` measures another export (an older checkout's, for an A/B in one hour).
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { throttling as presets } from 'lighthouse/core/config/constants.js'
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js'
import { chromium } from 'playwright-core'
import { serveWithNginx } from './bench/nginx.mjs'
import { serveStatic } from './serve-static.mjs'

const root = resolve(import.meta.dirname, '..')
const exportDir = resolve(process.argv.find(a => a.startsWith('--export='))?.slice('--export='.length) ?? resolve(root, '.output/public'))
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
// `--js-only`: just the script weights, without Lighthouse (seconds instead of minutes);
// `--files` also lists each page's scripts.
const jsOnly = process.argv.includes('--js-only')
// `--cpu-slowdown=N`: Lighthouse's mobile preset with its CPU slowed N times instead of 4, to see
// how the pages would score on a slower host (this VM's speed moves by 2× from hour to hour).
const cpuSlowdown = Number(process.argv.find(a => a.startsWith('--cpu-slowdown='))?.split('=')[1] ?? 4)
if (!(cpuSlowdown >= 1)) {
  console.error('--cpu-slowdown takes a number of at least 1')
  process.exit(1)
}
const runs = Number(process.argv.find(a => a.startsWith('--runs='))?.split('=')[1] ?? 5)
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of at least 1')
  process.exit(1)
}
const lighthouseFlags = {
  output: 'json',
  logLevel: 'error',
  // The mobile preset's slow 4G as it is; only the CPU slowdown changes.
  throttling: { ...presets.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown },
}
const args = process.argv.slice(2).filter(a => !a.startsWith('--'))
const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: args[0] ?? '/research/quiet-gradients' },
  { name: 'research index', path: '/research' },
]

if (!existsSync(resolve(exportDir, 'index.html'))) {
  console.error(`No export in ${exportDir}: run \`npm run generate\` first.`)
  process.exit(1)
}

/** Every script a phone-sized visit downloads, gzip, on load and once scrolled to the end. */
async function scriptWeight(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const scripts = new Map()
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    const body = await response.body().catch(() => undefined)
    if (body) scripts.set(response.url(), gzipSync(body, { level: 9 }).length)
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const sum = () => [...scripts.values()].reduce((a, b) => a + b, 0)
  const onLoad = sum()
  const loadedFiles = scripts.size
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y)
      await new Promise(r => setTimeout(r, 50))
    }
  })
  await page.waitForLoadState('networkidle')
  const result = { onLoad, afterScroll: sum(), files: loadedFiles, filesAfterScroll: scripts.size, perFile: Object.fromEntries(scripts) }
  await context.close()
  return result
}

/**
 * The main-thread tasks after the first paint in the trace Lighthouse itself took (unslowed; its
 * simulation multiplies them by the CPU slowdown, 4 in the mobile preset). Lighthouse's blocking
 * time counts 4 × each task's duration minus 50 ms, so the longest of these tasks and that sum
 * follow the page's code more closely than the score, which the host's speed moves by 0.1 from
 * one run to the next (docs/performance-log.md).
 */
function observedTasks(artifacts) {
  const events = (artifacts?.Trace ?? artifacts?.traces?.defaultPass)?.traceEvents ?? []
  const fcp = events.find(e => e.name === 'firstContentfulPaint')
  const mainThread = fcp && events.find(e => e.name === 'ParseHTML' && e.pid === fcp.pid)
  if (!mainThread) return undefined
  const tasks = events.filter(e => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= fcp.ts)
  const ms = tasks.map(t => t.dur / 1000)
  return {
    longestMs: Math.round(Math.max(0, ...ms) * 10) / 10,
    // How many of them Lighthouse counts as blocking (over 50 ms once slowed).
    blockingTasks: ms.filter(d => d * cpuSlowdown > 50).length,
    blockingSumMs: Math.round(ms.reduce((sum, d) => sum + Math.max(0, cpuSlowdown * d - 50), 0)),
  }
}

const nodeServer = process.argv.includes('--node-server') || process.argv.includes('--cached-server')
const server = nodeServer
  ? await serveStatic(exportDir, 0, { compression: process.argv.includes('--cached-server') ? 'once' : 'per-request' })
  : await serveWithNginx(exportDir)
const browser = await chromium.launch({ executablePath: chromePath, args: flags })
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags })
const results = []

/** One Lighthouse run of a page; a run whose trace Lighthouse could not read is measured again once. */
async function measure(name, url) {
  // A run whose trace Lighthouse could not read scores nothing (null) and says why only in
  // its audits; say why, then measure that page once more.
  let { lhr, artifacts } = await lighthouse(url, { port: chrome.port, ...lighthouseFlags })
  if (lhr.categories.performance?.score === null) {
    const why = lhr.runtimeError?.message ?? Object.values(lhr.audits).find(a => a.errorMessage)?.errorMessage ?? 'no reason given'
    console.error(`${name}: Lighthouse scored no performance (${why}); measuring again`)
    ;({ lhr, artifacts } = await lighthouse(url, { port: chrome.port, ...lighthouseFlags }))
  }
  if (lhr.runtimeError) console.error(`${name}: Lighthouse could not finish: ${lhr.runtimeError.message}`)
  const audit = id => lhr.audits[id]?.numericValue ?? Number.NaN
  return {
    lhr,
    summary: {
      lighthouseVersion: lhr.lighthouseVersion,
      // Lighthouse's own measure of the host's CPU speed, taken during the run (higher is faster):
      // its CPU slowdown multiplies whatever this host does, so scores are comparable only
      // between runs with a similar index.
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      cpuSlowdown: lhr.configSettings?.throttling?.cpuSlowdownMultiplier,
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score])),
      lcpMs: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      tbtMs: audit('total-blocking-time'),
      fcpMs: audit('first-contentful-paint'),
      // Where the (slowed) main thread's time went, by Lighthouse's groups: script evaluation,
      // style and layout, HTML parsing, rendering, garbage collection, other.
      observedTasks: observedTasks(artifacts),
      mainThreadMs: Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map(item => [item.group, Math.round(item.duration)])),
      failedAudits: Object.values(lhr.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual').map(a => a.id),
    },
  }
}

try {
  const measured = []
  for (const { name, path } of pages) {
    const url = new URL(path, server.url).href
    measured.push({ name, path, url, js: await scriptWeight(browser, url), runs: [] })
  }
  if (jsOnly) results.push(...measured.map(({ name, path, js }) => ({ name, path, js })))
  else {
    for (let round = 1; round <= runs; round++) {
      for (const page of measured) {
        if (runs > 1) process.stdout.write(`run ${round}/${runs}: ${page.name} ... `)
        page.runs.push(await measure(page.name, page.url))
        if (runs > 1) console.log(page.runs.at(-1).summary.scores.performance)
      }
    }
    for (const { name, path, js, runs: pageRuns } of measured) {
      // Lighthouse's own pick of the representative run; every run whose paints it could read.
      const valid = filterToValidRuns(pageRuns.map(r => r.lhr))
      const median = valid.length ? computeMedianRun(valid) : pageRuns[0].lhr
      const chosen = pageRuns.find(r => r.lhr === median)
      const performance = pageRuns.map(r => r.summary.scores.performance).filter(s => typeof s === 'number')
      results.push({
        name,
        path,
        ...chosen.summary,
        js,
        runs: pageRuns.map(r => r.summary),
        performanceLowest: performance.length ? Math.min(...performance) : null,
        performanceHighest: performance.length ? Math.max(...performance) : null,
      })
    }
  }
}
finally {
  await chrome.kill()
  await browser.close()
  await server.close()
}

const kb = bytes => `${(bytes / 1000).toFixed(1)} KB`
// `--files`: every script of each page with its own weight, largest first.
if (process.argv.includes('--files')) {
  for (const r of results) {
    console.log(`\n${r.name} (${r.path})`)
    console.table(Object.entries(r.js.perFile).sort((a, b) => b[1] - a[1]).map(([url, bytes]) => ({ script: new URL(url).pathname, gzip: kb(bytes) })))
  }
}
if (jsOnly) {
  console.table(results.map(r => ({ 'page': `${r.name} (${r.path})`, 'JS gzip on load': kb(r.js.onLoad), 'files': r.js.files, 'after scroll': kb(r.js.afterScroll), 'files after scroll': r.js.filesAfterScroll })))
  process.exit(0)
}
console.log(`\nLighthouse ${results[0]?.lighthouseVersion ?? ''} mobile preset (simulated slow 4G, ${cpuSlowdown}× CPU slowdown), Debian Chromium, export served ${nodeServer ? 'by npm run serve' : 'by nginx, gzip/Brotli level 6'}; the median of ${runs} run${runs > 1 ? 's' : ''} per page\n`)
console.table(results.map(r => ({
  'page': `${r.name} (${r.path})`,
  'perf': r.scores.performance,
  ...(runs > 1 ? { 'perf, all runs': `${r.performanceLowest} to ${r.performanceHighest}` } : {}),
  'a11y': r.scores.accessibility,
  'best pr.': r.scores['best-practices'],
  'SEO': r.scores.seo,
  'LCP ms': Math.round(r.lcpMs),
  'CLS': Math.round(r.cls * 1000) / 1000,
  'TBT ms': Math.round(r.tbtMs),
  'host index': r.benchmarkIndex,
  'longest task': r.observedTasks ? `${r.observedTasks.longestMs} ms` : '?',
  'blocking tasks': r.observedTasks?.blockingTasks ?? '?',
  [`Σ(${cpuSlowdown}t−50)`]: r.observedTasks?.blockingSumMs ?? '?',
  'JS gzip on load': kb(r.js.onLoad),
  'after scroll': kb(r.js.afterScroll),
})))
if (runs > 1) console.log(`perf, all runs: the lowest and highest performance score of the page's ${runs} runs; every other figure is from the median run`)
console.log('host index: Lighthouse\'s benchmarkIndex of this host during the run (higher is faster); compare scores between runs of a similar index')
console.log(`longest task, Σ(${cpuSlowdown}t−50): main-thread tasks after the first paint in Lighthouse's own (unslowed) trace; the longest, and the sum of ${cpuSlowdown} × each duration − 50 ms that its blocking time is built from`)
console.log(`\nMain-thread work (ms, slowed ${cpuSlowdown}×):`)
console.table(results.map(r => ({ page: r.name, ...r.mainThreadMs })))
for (const r of results) if (r.failedAudits.length) console.log(`${r.name}: audits below full marks: ${r.failedAudits.join(', ')}`)
await mkdir(resolve(root, 'bench-results'), { recursive: true })
const out = resolve(root, 'bench-results/pages.json')
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), results }, null, 2))
console.log(`Written to ${out}`)
