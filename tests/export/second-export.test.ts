import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cacheDir } from '../../modules/utils/cache-dir'

// Runs after `npm run generate` with nothing changed since (as `npm test` does): a second
// export must come from the caches (modules/export-cache.ts) and be byte for byte the first.
const root = resolve(import.meta.dirname, '../..')
const first = resolve(root, '.output/public')
const secondDir = resolve(root, '.output-second-export-test')
const pagesCache = cacheDir(root, 'pages')
if (!existsSync(join(first, 'index.html'))) throw new Error('No export in .output/public: run `npm run generate` first.')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

/** Every cached page with the time it was written. */
const cacheState = () => new Map(walk(pagesCache).map(f => [relative(pagesCache, f), statSync(f).mtimeMs]))

// Written by scripts/generate.mjs after `nuxt generate`, or different on every build by design.
const notFromNuxt = (file: string) => file === '_headers' || file.startsWith('pagefind/')
const perBuild = (file: string) => file.startsWith('_nuxt/builds/')

afterAll(() => rmSync(secondDir, { recursive: true, force: true }))

describe('a second export with nothing changed', () => {
  const before = cacheState()
  rmSync(secondDir, { recursive: true, force: true })
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/nuxt/bin/nuxt.mjs'), 'generate'], {
    cwd: root,
    // As from a shell: under vitest's NODE_ENV and TEST, Nuxt logs only warnings.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(?:VITEST|TEST$|NODE_ENV$)/.test(name))), SITE_OUTPUT_DIR: secondDir, KESTREL_PRERENDER_WORKERS: '2' },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  })
  const log = `${run.stdout}\n${run.stderr}`

  it('succeeds, restoring the Vue builds instead of bundling them', () => {
    expect(run.status, log.slice(-4000)).toBe(0)
    expect(log).toContain('Restored Vue client and server builds from cache')
  })

  it('prerenders in worker threads that also find the links to crawl (modules/parallel-prerender.ts)', () => {
    // Two workers whatever the machine: the workers, not the machine, are under test.
    expect(log).toContain('Prerendering in 2 worker threads, which also find the links to crawl')
    // Nitro's own crawler is off, yet every page was written: the links came from the workers.
    expect(log).not.toContain('with crawler')
  })

  it('prints the total and no line per route (modules/prerender-log.ts)', () => {
    expect(log).toMatch(/Prerendered \d+ routes in [\d.]+ seconds/)
    expect(log).not.toMatch(/├─ \//)
  })

  it('renders no page: every route comes from the page cache, which it leaves as it was', () => {
    expect(before.size, 'the first export left no cached pages').toBeGreaterThan(100)
    expect(cacheState()).toEqual(before)
  })

  it('writes the same files, with the same bytes, as the first', () => {
    const second = join(secondDir, 'public')
    const firstFiles = walk(first).map(f => relative(first, f)).filter(f => !notFromNuxt(f) && !perBuild(f)).sort()
    const secondFiles = walk(second).map(f => relative(second, f)).filter(f => !perBuild(f)).sort()
    expect(secondFiles).toEqual(firstFiles)
    const different = secondFiles.filter(f => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))))
    expect(different).toEqual([])
  })
})
