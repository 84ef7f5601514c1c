import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { serialize } from 'node:v8'
import { defineNuxtModule, useLogger } from '@nuxt/kit'
import { readContentFiles } from '../server/content/files'
import { buildImageInfo } from '../server/content/placeholders'
import { feedLinks } from '../server/content/publishing'
import { ContentError, createRepository } from '../server/content/repository'
import { validateContent } from '../server/content/validate'
import { cacheDir } from './utils/cache-dir'
import { addServerValue, isGenerating } from './utils/nuxt'

/** A page's payload asked for with a query (`/a/_payload.json?<build id>`), never written as a file. */
export function isPayloadWithQuery(route: string): boolean {
  const query = route.indexOf('?')
  return query > 0 && route.slice(0, query).endsWith('/_payload.json')
}

/**
 * Wires content/ into the build: the server reads it as bundled assets, the build refuses
 * invalid content, every published page is on the prerender list, and every image under
 * public/ gets a placeholder (a 16-pixel WebP the browser draws blurred).
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-content' },
  async setup(_options, nuxt) {
    const logger = useLogger('content')
    // SITE_CONTENT_DIR lets the live-reload test work on a copy instead of the real content.
    const contentDir = resolve(nuxt.options.rootDir, process.env.SITE_CONTENT_DIR ?? 'content')
    const publicDir = resolve(nuxt.options.rootDir, 'public')
    const generating = isGenerating(nuxt) && !nuxt.options._prepare

    const validated = validateContent(await readContentFiles(contentDir))
    let routes: string[] = []
    try {
      const repository = createRepository(validated)
      // scripts/generate.mjs checks the export against this list before it replaces the last one:
      // a prerender that stops early without an error must not pass for a finished export.
      const pagesFile = process.env.KESTREL_EXPORT_PAGES_FILE
      if (pagesFile && generating) await writeFile(pagesFile, JSON.stringify(repository.publishedPaths()))
      // Pages, then the files made from them: feeds, sitemap, robots.txt.
      routes = [
        ...repository.publishedPaths(),
        // Every filter, order and page of the index pages, each a real file of the export.
        ...repository.indexStatePaths(),
        ...feedLinks(repository).flatMap(f => [f.rss, f.atom]),
        '/sitemap.xml',
        '/robots.txt',
      ]
    }
    catch (error) {
      // In dev the page shows the problems and recovers on the next valid save;
      // a build must stop here rather than export a site with holes in it.
      if (!(error instanceof ContentError) || (!nuxt.options.dev && !nuxt.options._prepare)) throw error
      logger.warn(error.message)
    }

    // The export's prerender workers read the content this module has just validated, as one
    // serialized file, instead of reading and validating every file again in each worker
    // (3.6 s of both cores at 5,000 pages, against 0.4 s to deserialize). The Node server and
    // dev read the files themselves (server/utils/content.ts).
    const snapshot = generating && routes.length ? resolve(nuxt.options.buildDir, 'cache/kestrel/content.v8') : null
    if (snapshot) {
      await mkdir(dirname(snapshot), { recursive: true })
      await writeFile(snapshot, serialize(validated))
    }
    addServerValue(nuxt, '#content-snapshot', { type: 'string | null', doc: 'While exporting: the file holding the validated content (node:v8 serialized); otherwise null.' }, () => snapshot)

    nuxt.hook('nitro:config', (config) => {
      config.serverAssets = [...(config.serverAssets ?? []), { baseName: 'content', dir: contentDir }]
      // The block catalogue stays out of the export unless the author asks for it; Nuxt would
      // otherwise prerender it like any page without parameters.
      const catalogue = process.env.SITE_CATALOGUE === '1'
      config.routeRules = { ...config.routeRules, '/_blocks': { ...config.routeRules?.['/_blocks'], prerender: catalogue } }
      // Only the static export is prerendered. The Node server renders every request, so that
      // previews (banner, noindex, drafts in place) and on-demand rendering see live content.
      if (!generating) return
      // Every route of the export is a prerendered file with its payload beside it: the browser
      // reads this (rather than an app manifest) to fetch `_payload.json` on in-app navigation.
      config.routeRules = { '/**': { prerender: true }, ...config.routeRules }
      config.prerender = {
        ...config.prerender,
        // Follow every link, and fail the export on any that is broken.
        crawlLinks: true,
        failOnError: true,
        // Each page links its payload as `_payload.json?<build id>`, and the crawler follows
        // that link too. Nitro never writes a route with a query, so all it did was render
        // every page's payload a second time (the first copy is dropped once answered, see
        // server/plugins/prerender-memory.ts): a tenth of the prerender. The payload itself
        // is still prerendered, from the `_payload.json` route Nuxt names for each page.
        ignore: [...(config.prerender?.ignore ?? []), isPayloadWithQuery],
        routes: [...(config.prerender?.routes ?? []), ...routes, ...(catalogue ? ['/_blocks'] : []), '/api/site.json'],
      }
    })

    if (nuxt.options.dev) {
      // Tell open pages that content changed; plugins/content-reload.client.ts refetches.
      let notify: ((file: string) => void) | undefined
      nuxt.hook('vite:serverCreated', (server, { isClient }) => {
        if (isClient) notify = file => server.ws.send({ type: 'custom', event: 'kestrel:content-changed', data: { file } })
      })
      nuxt.hook('builder:watch', (_event, path) => {
        const full = resolve(nuxt.options.srcDir, path)
        if (full.startsWith(contentDir) && full.endsWith('.json')) notify?.(full.slice(contentDir.length + 1))
      })
      if (!contentDir.startsWith(nuxt.options.rootDir)) nuxt.options.watch.push(contentDir)
    }

    const images = nuxt.options._prepare
      ? { placeholders: {}, versions: {} }
      : await buildImageInfo(publicDir, cacheDir(nuxt.options.rootDir, 'images.json'))
    addServerValue(nuxt, '#content-images', { type: '{ placeholders: Record<string, string>, versions: Record<string, string> }', doc: 'Blurred previews and content versions of every image under public/, by URL path.' }, () => images)
  },
})
