import { mkdir, readFile, readdir, copyFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'
import { cacheDir } from '../scripts/export-cache.mjs'

/**
 * Math is rendered to HTML on the server (server/content/math.ts); the browser only needs
 * KaTeX's stylesheet and fonts. They are served from a versioned folder (cacheable forever),
 * with the woff2 fonts alone: every browser that runs this site reads woff2.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-math' },
  async setup(_options, nuxt) {
    const require = createRequire(import.meta.url)
    const katexDir = dirname(require.resolve('katex/package.json'))
    const { version } = JSON.parse(await readFile(join(katexDir, 'package.json'), 'utf8')) as { version: string }
    const baseURL = `/katex/${version}`
    // Not under .nuxt/, which Nuxt empties when it starts building.
    const outDir = cacheDir(nuxt.options.rootDir, 'katex', version)

    await mkdir(join(outDir, 'fonts'), { recursive: true })
    const css = await readFile(join(katexDir, 'dist/katex.min.css'), 'utf8')
    // Keep only the woff2 source of each @font-face. KaTeX's `font-display: block` stays:
    // formulas drawn in a fallback font would shift the layout when the real one arrives.
    const slim = css.replace(/src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)(?:,url\([^)]+\) format\("[^"]+"\))*/g, 'src:url($1) format("woff2")')
    await writeFile(join(outDir, 'katex.min.css'), slim)
    const fonts = (await readdir(join(katexDir, 'dist/fonts'))).filter(f => f.endsWith('.woff2'))
    await Promise.all(fonts.map(f => copyFile(join(katexDir, 'dist/fonts', f), join(outDir, 'fonts', f))))

    nuxt.options.runtimeConfig.public.katexStylesheet = `${baseURL}/katex.min.css`
    nuxt.hook('nitro:config', (config) => {
      config.publicAssets = [...(config.publicAssets ?? []), { dir: outDir, baseURL, maxAge: 60 * 60 * 24 * 365 }]
    })
  },
})
