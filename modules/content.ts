import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { serialize } from 'node:v8'
import { defineNuxtModule, useLogger } from '@nuxt/kit'
import { checkContentFolder } from '../server/content/check'
import type { ContentCheck } from '../server/content/check'
import { buildImageInfo } from '../server/content/placeholders'
import { feedLinks } from '../server/content/publishing'
import { createRepository } from '../server/content/repository'
import { cacheDir } from '../scripts/export-cache.mjs'
import { isPreparing } from './framework-internals'
import { addServerValue } from './utils/nuxt'

/** Prerendered as the export's 404.html; no content page may take this path. */
const notFoundRoute = '/404'

/**
 * Wires content/ into the build: the server reads it as bundled assets, a build refuses
 * invalid content with content:check's report, the export prerenders exactly the routes the
 * content has (no link crawling), and every image under public/ gets a placeholder (a
 * 16-pixel WebP the browser draws blurred) and a version for its variant URLs.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-content' },
  setup(_options, nuxt) {
    const logger = useLogger('content')
    // SITE_CONTENT_DIR lets the live-reload test work on a copy instead of the real content.
    const contentDir = resolve(nuxt.options.rootDir, process.env.SITE_CONTENT_DIR ?? 'content')
    const publicDir = resolve(nuxt.options.rootDir, nuxt.options.dir.public)
    const generating = nuxt.options.nitro.static === true
    // The export's prerender reads the content this module validated, as one file, instead of
    // every worker reading and validating every file again (server/utils/content.ts).
    const snapshot = generating ? resolve(nuxt.options.buildDir, 'cache/kestrel/content.v8') : null

    let checked: Promise<ContentCheck> | undefined
    const check = () => checked ??= checkContentFolder(contentDir, publicDir)

    nuxt.hook('nitro:config', (config) => {
      config.serverAssets = [...(config.serverAssets ?? []), { baseName: 'content', dir: contentDir }]
      // The block catalogue stays out of the export unless the author asks for it (Nitro
      // prerenders a route whose rule says so, with the content's routes below).
      const catalogue = process.env.SITE_CATALOGUE === '1'
      config.routeRules = { ...config.routeRules, '/_blocks': { ...config.routeRules?.['/_blocks'], prerender: catalogue } }
      // Only the export is prerendered: the Node server renders every request, so previews
      // and on-demand rendering see live content.
      if (!generating) return
      // Every route of the export is a prerendered file with its payload beside it: the browser
      // reads this rule (rather than an app manifest) to fetch `_payload.json` on navigation.
      config.routeRules = { '/**': { prerender: true }, ...config.routeRules }
      // The routes come from the content (below), whose internal links content:check has
      // checked; payloads and image variants are added by Nuxt and @nuxt/image as each page
      // renders. Crawling the HTML for links would find "links" in text that shows HTML.
      config.prerender = { ...config.prerender, crawlLinks: false, failOnError: true }
    })

    // Before the Vue and Nitro builds, never for `nuxt prepare` (types only): invalid content
    // stops a build at once with the report, before minutes of bundling.
    nuxt.hook('build:before', async () => {
      if (isPreparing(nuxt)) return
      const { content, errors, report } = await check()
      if (errors) {
        // In dev the page shows the problems and recovers on the next valid save.
        if (nuxt.options.dev) return logger.warn(report)
        logger.error(report)
        throw Object.assign(new Error(`content:check found ${errors} error${errors === 1 ? '' : 's'} (above)`), { stack: '' })
      }
      // Warnings, then the summary line `npm run content:check` prints.
      logger.info(report)
      if (snapshot) {
        await mkdir(dirname(snapshot), { recursive: true })
        await writeFile(snapshot, serialize(content))
      }
    })

    nuxt.hook('nitro:init', (nitro) => {
      nitro.hooks.hook('prerender:routes', async (routes) => {
        if (!generating) return
        routes.add(notFoundRoute)
        const repository = createRepository((await check()).content)
        const pages = repository.publishedPaths()
        // scripts/generate.mjs checks the export against this list before it swaps it in:
        // a prerender that stops early without an error must not pass for a finished export.
        if (process.env.SITE_EXPORT_PAGES_FILE) await writeFile(process.env.SITE_EXPORT_PAGES_FILE, JSON.stringify(pages))
        for (const route of [
          ...pages,
          // Every filter, order and page of the index pages, each a real file of the export.
          ...repository.indexStatePaths(),
          ...feedLinks(repository).flatMap(f => [f.rss, f.atom]),
          '/sitemap.xml',
          '/robots.txt',
          '/site.webmanifest',
        ]) routes.add(route)
      })
      nitro.hooks.hook('prerender:generate', (route) => {
        if (!generating) return
        // Nuxt adds 404.html and 200.html as empty app shells that draw the page in the browser.
        // Every page here is prerendered, so no host needs the 200.html fallback, and 404.html
        // is the real not-found page, prerendered from /404.
        if (route.route === '/200.html' || route.route === '/404.html') route.skip = true
        // That page answers 404 by design: written as 404.html, which static hosts serve (with
        // that status) for every unknown address.
        if (route.route === notFoundRoute) {
          if (route.error?.statusCode === 404) route.error = undefined
          route.fileName = '/404.html'
        }
      })
    })
    addServerValue(nuxt, '#content-snapshot', { type: 'string | null', doc: 'While exporting: the file holding the validated content (node:v8 serialized); otherwise null.' }, () => snapshot)

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

    // Computed when Nitro bundles the server, so never by `nuxt prepare`.
    addServerValue(nuxt, '#content-images', { type: '{ placeholders: Record<string, string>, versions: Record<string, string> }', doc: 'Blurred previews and content versions of every image under public/, by URL path.' }, () => buildImageInfo(publicDir, cacheDir(nuxt.options.rootDir, 'images.json')))
  },
})
