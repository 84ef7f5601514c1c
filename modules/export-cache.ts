import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile, readdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { addServerHandler, addServerPlugin, defineNuxtModule, useLogger } from '@nuxt/kit'
import { cacheDir } from './utils/cache-dir'
import { addServerValue, isGenerating } from './utils/nuxt'

/** Folders at the top of the project that never shape the export. */
const notSources = new Set(['node_modules', '.git', '.nuxt', '.data', '.cache', 'dist', 'coverage', 'tests', 'test-results', 'bench-results', 'docs'])
/** Environment variables that can change what the export holds. */
const outputEnvironment = /^(?:SITE_|NUXT_|NITRO_)/
/** ...except where it is written and where caches live. */
const notOutputEnvironment = new Set(['SITE_OUTPUT_DIR', 'KESTREL_CACHE_DIR'])

async function filesUnder(dir: string, skip: (path: string, name: string, top: boolean) => boolean, top = true): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const files: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (skip(path, entry.name, top)) continue
    if (entry.isDirectory()) files.push(...await filesUnder(path, skip, false))
    else if (entry.isFile()) files.push(path)
  }
  return files
}

/**
 * Everything an exported route can depend on: the bytes of every file of the project (code,
 * content, public files, lockfile, config), the content folder when it lives elsewhere, the
 * environment that shapes the output, Node's version and the build's id (which the pages
 * name). Two exports with the same fingerprint render the same bytes for every route.
 */
export async function exportFingerprint(rootDir: string, contentDir: string, buildId: string): Promise<string> {
  const hash = createHash('sha256')
  const caches = cacheDir(rootDir)
  const skip = (path: string, name: string, top: boolean) =>
    path === caches || (top && (notSources.has(name) || name.startsWith('.output')))
  const roots = [{ dir: rootDir, skip }]
  if (relative(rootDir, contentDir).startsWith('..')) roots.push({ dir: contentDir, skip: (path: string) => path === caches })
  for (const [index, { dir, skip }] of roots.entries()) {
    const files = (await filesUnder(dir, skip)).sort()
    for (const file of files) {
      hash.update(`${index}:${relative(dir, file)}\0`)
      // Read synchronously: thousands of small files (5,000 pages) one await each took a second,
      // every read a round trip through libuv's threads; nothing else runs while Nuxt starts.
      hash.update(readFileSync(file))
      hash.update('\0')
    }
  }
  const environment = Object.entries(process.env)
    .filter(([name]) => outputEnvironment.test(name) && !notOutputEnvironment.has(name))
    .sort(([a], [b]) => a.localeCompare(b))
  hash.update(JSON.stringify({ environment, node: process.version, buildId }))
  return hash.digest('hex').slice(0, 32)
}

/**
 * Persistent caches for `nuxt generate`, so that a second export with nothing changed redoes
 * as little as it can (neither is used by the Node server, which renders on request):
 * - image variants, keyed by URL, source bytes and encoder versions
 *   (server/build-cache/images.ts): a changed image re-encodes only its own variants;
 * - every prerendered route, under the export's fingerprint (server/build-cache/pages.ts):
 *   any change to code, content, public files or the environment renders every page again.
 * The Vue client and server bundles are restored by Nuxt's own `experimental.buildCache`,
 * which also keeps the build's id, so pages from the cache name the same one.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-export-cache' },
  async setup(_options, nuxt) {
    let config = null
    if (isGenerating(nuxt)) {
      const logger = useLogger('export-cache')
      const require = createRequire(import.meta.url)
      // Some packages (sharp) do not export their package.json: walk up from the entry point.
      const versionOf = async (name: string) => {
        let dir = dirname(require.resolve(name, { paths: [require.resolve('@nuxt/image')] }))
        while (dir !== dirname(dir)) {
          const manifest = await readFile(join(dir, 'package.json'), 'utf8').then(t => JSON.parse(t) as { name?: string, version: string }, () => undefined)
          if (manifest?.name === name) return manifest.version
          dir = dirname(dir)
        }
        throw new Error(`Cannot find the version of ${name}`)
      }

      const started = Date.now()
      const contentDir = resolve(nuxt.options.rootDir, process.env.SITE_CONTENT_DIR ?? 'content')
      const fingerprint = await exportFingerprint(nuxt.options.rootDir, contentDir, nuxt.options.buildId)
      const pagesRoot = cacheDir(nuxt.options.rootDir, 'pages')
      // Pages from other fingerprints can never be served again.
      const stale = (await readdir(pagesRoot).catch(() => [])).filter(name => name !== fingerprint)
      await Promise.all(stale.map(name => rm(join(pagesRoot, name), { recursive: true, force: true })))
      logger.info(`Export fingerprint ${fingerprint.slice(0, 12)} (${Date.now() - started} ms)`)

      config = {
        images: {
          dir: cacheDir(nuxt.options.rootDir, 'images'),
          publicDir: resolve(nuxt.options.rootDir, nuxt.options.dir.public),
          // Anything that changes how a variant is encoded starts a fresh set of keys.
          version: JSON.stringify({ format: 2, ipx: await versionOf('ipx'), sharp: await versionOf('sharp'), image: (nuxt.options as { image?: unknown }).image }),
        },
        pages: { dir: join(pagesRoot, fingerprint) },
      }
      addServerHandler({ middleware: true, handler: resolve(nuxt.options.rootDir, 'server/build-cache/images.ts') })
      addServerHandler({ middleware: true, handler: resolve(nuxt.options.rootDir, 'server/build-cache/pages.ts') })
      addServerPlugin(resolve(nuxt.options.rootDir, 'server/build-cache/pages-store.ts'))
    }
    addServerValue(nuxt, '#kestrel-export-cache', {
      type: '{ images: { dir: string, publicDir: string, version: string }, pages: { dir: string } } | null',
      doc: 'Set only while exporting: where each cache lives, and what invalidates it.',
    }, () => config)
  },
})
