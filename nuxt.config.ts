import { fileURLToPath } from 'node:url'
import { sharpOutputOptions } from './modules/utils/image-encoding'

// `nuxt generate` (the export) rather than `nuxt build` (the Node server).
const generating = process.argv.includes('generate')

export default defineNuxtConfig({
  modules: ['@nuxt/eslint', '@nuxt/image', '@pinia/nuxt', '@vueuse/nuxt', '@nuxt/test-utils/module'],
  // Only .vue files are components: components/blocks/registry.ts is a plain module.
  components: [{ path: '~/components', extensions: ['vue'] }],
  devtools: { enabled: false },
  app: {
    head: {
      // The fallback until content sets its own (site.json `lang`); never absent.
      htmlAttrs: { lang: 'en' },
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      // The logo as an SVG icon, with the raster set modules/icons.ts draws from it.
      link: [
        { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' },
        { rel: 'icon', type: 'image/png', sizes: '32x32', href: '/icons/favicon-32.png' },
        { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' },
        { rel: 'manifest', href: '/site.webmanifest' },
      ],
    },
  },
  css: ['~/assets/css/main.css'],
  // Every setting of the running server, overridden by `SITE_<NAME>` environment variables
  // (SITE_PREVIEW_TOKEN, SITE_PAGE_CACHE=0): one prefix for everything this site reads.
  runtimeConfig: {
    // Draft preview is on only when this is set (server/utils/preview.ts).
    previewToken: '',
    // Signs preview cookies; set it when several server processes serve the same site.
    previewSecret: '',
    // The Node server's in-memory cache of rendered public pages (server/utils/page-cache.ts).
    pageCache: true,
    // Image variants the Node server encodes at once (0: one per CPU), and how many more may
    // wait; beyond that it answers 503 (server/middleware/image-variants.ts).
    imageTransforms: 0,
    imageQueue: 16,
    nitro: { envPrefix: 'SITE_' },
    // Set by modules/math.ts: the versioned URL of KaTeX's stylesheet.
    // The static export has no API: in the browser a page without a prerendered payload is a
    // 404 there, never a call to /api/page (pages/[...slug].vue).
    public: { katexStylesheet: '', staticExport: generating },
  },
  // Outputs, results and reports are not sources: they must not change the build's hash.
  ignore: ['.output-*', 'dist', 'bench-results', 'coverage'],
  experimental: {
    // NuxtLinks (search results) fetch the next page's code and data when pointed at or
    // focused, as every other link does (plugins/unhydrated-links.client.ts), not on sight.
    defaults: { nuxtLink: { prefetchOn: { interaction: true, visibility: false } } },
    // A `generate` whose sources, content and config are unchanged restores the Vue client
    // and server bundles instead of bundling them again. Not for `nuxt build`: Nuxt keys the
    // cache without Nitro's options, and the Node server's browser code differs (no payload
    // files), so a shared entry gave the export a bundle that never loads `_payload.json`.
    buildCache: generating,
    // The app manifest lists the prerendered routes so the browser knows which have a
    // `_payload.json`. Every route of the export is prerendered, which modules/content.ts says
    // with one route rule instead; the Node server renders payloads on request. Without it,
    // pages load less code and the first in-app navigation fetches no list of every route
    // (25 KB gzip at 5,000 pages), nor does an open tab poll for new builds.
    appManifest: false,
  },
  compatibilityDate: '2026-11-01',
  nitro: {
    // The server tests build into their own folder so the static export beside it survives.
    ...(process.env.SITE_OUTPUT_DIR ? { output: { dir: process.env.SITE_OUTPUT_DIR } } : {}),
    // What `nuxt generate` prerenders, and how strictly, is set in modules/content.ts.
  },
  vite: {
    // No component uses the Options API: Vue's runtime is 2 KB gzip smaller without it.
    vue: { features: { optionsAPI: false } },
  },
  typescript: {
    strict: true,
  },
  telemetry: false,
  hooks: {
    // Without an app/ folder Nuxt does not look for router.options.ts at the root by itself.
    'pages:routerOptions': ({ files }) => {
      files.push({ path: fileURLToPath(new URL('./router.options.ts', import.meta.url)) })
    },
    // An embed's component is fetched when a visitor comes near it (BlocksEmbed.vue). Listed
    // as a dynamic import, Nuxt would also prefetch it on every page that has an embed; the
    // same filtering Nuxt applies to page and global component chunks.
    'build:manifest': (manifest) => {
      for (const chunk of Object.values(manifest)) {
        chunk.dynamicImports = chunk.dynamicImports?.filter(id => !id.startsWith('components/embeds/'))
      }
    },
  },
  eslint: {
    config: { stylistic: true },
  },
  image: {
    quality: 72,
    format: ['webp'],
    // WebP at effort 2: half the encoding time for a few per cent more bytes.
    ipx: { sharpOptions: sharpOutputOptions },
  },
})
