import { cp, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { addPluginTemplate, addServerPlugin, addTemplate, addVitePlugin, defineNuxtModule, useLogger } from '@nuxt/kit'
import type { Nuxt } from 'nuxt/schema'

/**
 * The one place this project reaches into Nuxt's and Nitro's private parts. Each piece
 * answers a measured need with no public way, names the upstream limit it works around, and
 * is switched off, with a warning, on a Nuxt or Nitro version it was not written for: the
 * site then builds as plain Nuxt would, only slower or heavier.
 */

/** The versions each piece was written against (nitropack's prerenderer, Nuxt's renderer). */
const known = { nitropack: /^2\.13\./, nuxt: /^4\.4\./ }

/** Whether this is `nuxt prepare` (types only): Nuxt's `_prepare` has no public twin. */
export function isPreparing(nuxt: Nuxt): boolean {
  return (nuxt.options as { _prepare?: boolean })._prepare === true
}

/** More workers than this cost memory (a whole server each) for little: Nitro's thread still writes every file. */
const maxWorkers = 4

/** How many threads prerender: one per core, at most four, or `SITE_PRERENDER_WORKERS` (1 is Nitro's own thread). */
export function prerenderWorkers(environment: string | undefined, cores: number): number {
  if (environment !== undefined && environment.trim() !== '') {
    const n = Number(environment)
    if (!Number.isInteger(n) || n < 1) throw new Error(`SITE_PRERENDER_WORKERS must be a whole number of at least 1, not "${environment}"`)
    return n
  }
  return Math.max(1, Math.min(cores, maxWorkers))
}

/** The entry Nitro imports in place of its own: same two exports, answered by the pool. */
export function poolEntry(workers: number): string {
  return [
    '// Written by modules/framework-internals.ts: Nitro\'s prerender entry is render.mjs beside this file.',
    'import { createPrerenderPool } from \'./prerender-pool/pool.mjs\'',
    `const pool = await createPrerenderPool(new URL('./render.mjs', import.meta.url), { workers: ${workers}, resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 96 } })`,
    'export const localFetch = pool.localFetch',
    'export const closePrerenderer = pool.closePrerenderer',
    '',
  ].join('\n')
}

/** The route of a line of Nitro's prerender log (`  ├─ /about (12ms)`), or undefined. */
export function prerenderedRouteOf(message: unknown): string | undefined {
  if (typeof message !== 'string') return undefined
  // eslint-disable-next-line no-control-regex -- colour codes, when the terminal has them
  return /^\s*[├└]─ (\S+)/.exec(message.replace(/\x1B\[[\d;]*m/g, ''))?.[1]
}

function versionOf(name: string, nuxt: Nuxt): string {
  const require = createRequire(join(nuxt.options.rootDir, 'package.json'))
  return (require(`${name}/package.json`) as { version: string }).version
}

export default defineNuxtModule({
  meta: { name: 'kestrel-framework-internals' },
  setup(_options, nuxt) {
    const logger = useLogger('framework-internals')
    const nuxtVersion = versionOf('nuxt', nuxt)
    const nitroVersion = versionOf('nitropack', nuxt)

    if (!known.nuxt.test(nuxtVersion)) {
      logger.warn(`Nuxt ${nuxtVersion} is not the 4.4 line these workarounds were written for: never-hydrated blocks may be preloaded, and useFetch ships in every page. Check nuxt/nuxt#35145 and remove what the new version fixes.`)
    }
    else {
      // nuxt/nuxt#35145 (fixed after 4.4): Vue lists every component a render used, and Nuxt
      // preloads all their chunks, `Lazy* hydrate-never` ones included, so the browser would
      // download the code of blocks that never run. `app:rendered` comes before that list is
      // turned into links. Components of ui/ and site/ are imported statically by whatever
      // hydrates them, so their own entries only add preloads of code that never runs.
      addPluginTemplate({
        filename: 'kestrel-deferred-preloads.server.mjs',
        mode: 'server',
        getContents: () => `import { defineNuxtPlugin } from '#app/nuxt'
import { deferredBlockModuleIds } from '~/components/blocks/registry'
export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.hooks.hook('app:rendered', ({ ssrContext }) => {
    const modules = ssrContext?.modules
    if (!modules) return
    for (const id of deferredBlockModuleIds) modules.delete(id)
    for (const id of modules) if (/^components\\/(?:ui|site)\\//.test(id)) modules.delete(id)
  })
})
`,
      })
      // Nuxt's fetch.js builds useFetch by calling a factory at its top level, so a bundler
      // keeps it whenever the #app barrel is imported (by @pinia/nuxt): 5 KB gzip this site
      // never calls. The export test fails if an upgrade renames the file.
      addVitePlugin({
        name: 'kestrel-side-effect-free',
        transform(code: string, id: string) {
          if (/\/nuxt\/dist\/app\/composables\/fetch\.js$/.test(id)) return { code, moduleSideEffects: false, map: null }
        },
      }, { server: false })
    }

    if (!nuxt.options.nitro.static) return
    if (!known.nitropack.test(nitroVersion)) {
      logger.warn(`nitropack ${nitroVersion} is not the 2.13 line these workarounds were written for: prerendering in Nitro's own thread (one core), every payload kept in memory and every route logged.`)
      return
    }

    // Nuxt keeps each prerendered page's payload in memory to answer the `_payload.json`
    // request that follows, and never lets it go: at thousands of pages the largest part of
    // the heap. Each is asked for once, so it is dropped once answered.
    const releasePayloads = addTemplate({
      filename: 'kestrel/release-payloads.mjs',
      write: true,
      getContents: () => `import { defineNitroPlugin, useStorage } from 'nitropack/runtime'
export default defineNitroPlugin((nitroApp) => {
  if (!import.meta.prerender) return
  const payloads = useStorage('internal:nuxt:prerender:payload')
  nitroApp.hooks.hook('afterResponse', async (event) => {
    const path = event.path.split('?')[0]
    if (!path.endsWith('/_payload.json')) return
    await payloads.removeItem(path.slice(0, path.lastIndexOf('/')) || '/')
  })
})
`,
    })
    addServerPlugin(releasePayloads.dst)

    nuxt.hook('nitro:init', (nitro) => {
      // Nitro writes a line per prerendered route (15,712 at 5,000 pages), synchronously, from
      // the thread that feeds the workers and writes every file: 12 s of a profiled export on a
      // pipe. A progress line every ten seconds instead; a failed route (a message of more than
      // one line, with its error) still prints at once. SITE_PRERENDER_LOG=routes keeps Nitro's.
      if (process.env.SITE_PRERENDER_LOG !== 'routes') {
        let started = 0
        let last = 0
        let done = 0
        nitro.hooks.hook('prerender:init', () => {
          started = last = Date.now()
        })
        const log = nitro.logger.log.bind(nitro.logger) as (...args: unknown[]) => void
        nitro.logger.log = Object.assign((...args: unknown[]) => {
          if (!started || prerenderedRouteOf(args[0]) === undefined || String(args[0]).includes('\n')) return log(...args)
          done++
          if (Date.now() - last < 10_000) return
          last = Date.now()
          const seconds = (last - started) / 1000
          nitro.logger.info(`Prerendered ${done.toLocaleString('en')} routes so far (${seconds.toFixed(0)} s, ${Math.round(done / seconds).toLocaleString('en')} per second)`)
        }, { raw: nitro.logger.log.raw })
      }

      // Nitro prerenders in one thread, awaiting each route from a server of its own
      // (nitropack 2.13): on 2 cores its prerender of 1,000 pages took 31 and 35 s against 25 and
      // 26 s with two workers (A/B in one hour). Once that server is built, its entry moves to render.mjs and a pool of
      // worker threads (prerender-pool/), each loading render.mjs, answers in its place.
      // Everything else stays Nitro's: the route list, hooks, failOnError, the files written.
      const workers = prerenderWorkers(process.env.SITE_PRERENDER_WORKERS, availableParallelism())
      if (workers <= 1) return
      const poolDir = fileURLToPath(new URL('./prerender-pool/', import.meta.url))
      nitro.hooks.hook('prerender:init', (renderer) => {
        renderer.hooks.hook('compiled', async () => {
          const dir = renderer.options.output.serverDir
          const output = renderer.options.rollupConfig?.output
          const entryName = (output && !Array.isArray(output) && typeof output.entryFileNames === 'string') ? output.entryFileNames : 'index.mjs'
          const entry = join(dir, entryName)
          const code = await readFile(entry, 'utf8')
          await writeFile(join(dir, 'render.mjs'), code.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''))
          await cp(poolDir, join(dir, 'prerender-pool'), { recursive: true, filter: source => !source.endsWith('.d.mts') })
          await writeFile(entry, poolEntry(workers))
          logger.info(`Prerendering in ${workers} worker threads`)
        })
      })
    })
  },
})
