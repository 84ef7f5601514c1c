import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import { addPluginTemplate, addServerPlugin, addTemplate, addVitePlugin, defineNuxtModule, useLogger } from '@nuxt/kit'
import type { Nuxt } from 'nuxt/schema'

/**
 * The one place this project reaches into Nuxt's and Nitro's private parts. Each piece
 * answers a measured need with no public way, names the upstream limit it works around, and
 * is switched off, with a warning, on a Nuxt or Nitro version it was not written for: the
 * site then builds as plain Nuxt would, only slower or heavier.
 */

/** The versions each piece was written against (nitropack's prerenderer and storage, Nuxt's renderer). */
const known = { nitropack: /^2\.13\./, nuxt: /^4\.4\./ }

/** Whether this is `nuxt prepare` (types only): Nuxt's `_prepare` has no public twin. */
export function isPreparing(nuxt: Nuxt): boolean {
  return (nuxt.options as { _prepare?: boolean })._prepare === true
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
      logger.warn(`nitropack ${nitroVersion} is not the 2.13 line these workarounds were written for: the export keeps every payload in memory and logs every route.`)
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

    // Nitro writes a line per prerendered route (15,712 at 5,000 pages), synchronously, from the
    // thread that renders and writes every file: 12 s of a profiled export on a pipe. A progress
    // line every ten seconds instead; a failed route (a message of more than one line, with its
    // error) still prints at once. SITE_PRERENDER_LOG=routes keeps Nitro's own.
    if (process.env.SITE_PRERENDER_LOG === 'routes') return
    nuxt.hook('nitro:init', (nitro) => {
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
    })
  },
})
