import { cp, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineNuxtModule, useLogger } from '@nuxt/kit'
import { isGenerating } from './utils/nuxt'

/** More workers than this cost memory (a whole server each) for little: Nitro's own thread still writes every file. */
const maxWorkers = 4

/**
 * How many threads render during `nuxt generate`: one per core, or `KESTREL_PRERENDER_WORKERS`
 * (1 renders in Nitro's own thread, as Nitro does by itself).
 */
export function prerenderWorkers(environment: string | undefined, cores: number): number {
  if (environment !== undefined && environment.trim() !== '') {
    const n = Number(environment)
    if (!Number.isInteger(n) || n < 1) throw new Error(`KESTREL_PRERENDER_WORKERS must be a whole number of at least 1, not "${environment}"`)
    return n
  }
  return Math.max(1, Math.min(cores, maxWorkers))
}

/** The entry Nitro imports in place of its own: same exports, answered by the pool. */
export function poolEntry(workers: number, crawl: boolean): string {
  return [
    '// Written by modules/parallel-prerender.ts: Nitro\'s prerender entry is render.mjs beside this file.',
    'import { createPrerenderPool } from \'./prerender-pool/pool.mjs\'',
    `const pool = await createPrerenderPool(new URL('./render.mjs', import.meta.url), { workers: ${workers}, crawl: ${crawl}, resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 96 } })`,
    'export const localFetch = pool.localFetch',
    'export const closePrerenderer = pool.closePrerenderer',
    '',
  ].join('\n')
}

/**
 * Prerenders on every core. Nitro builds a server of its own for prerendering and awaits each
 * route from it in one thread (nitropack 2.13), so on this 2-core machine kind an export used
 * one core. Once that server is built, its entry is moved to `render.mjs` and replaced by
 * modules/prerender-pool/pool.mjs, which answers Nitro's requests from worker threads that
 * each load `render.mjs`. Everything else stays Nitro's: the route list, the crawler, the
 * hooks, failOnError, the files written. The export caches (server/build-cache) are files
 * written atomically, so the workers share them safely.
 *
 * The crawler's HTML parsing moves into the workers too (prerender-pool/links.mjs): each
 * page's links come back in its `x-nitro-prerender` header, which Nitro reads for every page,
 * and Nitro's own parse is turned off once the app has been built with `crawlLinks` on (Nuxt
 * reads it while building). Every link is still followed and a broken one still fails the
 * export.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-parallel-prerender' },
  setup(_options, nuxt) {
    if (!isGenerating(nuxt)) return
    const workers = prerenderWorkers(process.env.KESTREL_PRERENDER_WORKERS, availableParallelism())
    if (workers <= 1) return
    const logger = useLogger('prerender')
    const poolDir = fileURLToPath(new URL('./prerender-pool/', import.meta.url))
    nuxt.hook('nitro:init', (nitro) => {
      nitro.hooks.hook('prerender:init', (renderer) => {
        // Read by Nitro for each page it prerenders, from here on.
        const crawl = nitro.options.prerender.crawlLinks === true
        nitro.options.prerender.crawlLinks = false
        renderer.hooks.hook('compiled', async () => {
          const dir = renderer.options.output.serverDir
          const output = renderer.options.rollupConfig?.output
          const entryName = (output && !Array.isArray(output) && typeof output.entryFileNames === 'string') ? output.entryFileNames : 'index.mjs'
          const entry = join(dir, entryName)
          const code = await readFile(entry, 'utf8')
          await writeFile(join(dir, 'render.mjs'), code.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''))
          // The pool's runtime files, not their type declarations.
          await cp(poolDir, join(dir, 'prerender-pool'), { recursive: true, filter: source => !source.endsWith('.d.mts') })
          await writeFile(entry, poolEntry(workers, crawl))
          logger.info(`Prerendering in ${workers} worker threads${crawl ? ', which also find the links to crawl' : ''}`)
        })
      })
    })
  },
})
