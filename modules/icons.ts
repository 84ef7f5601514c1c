import { createHash } from 'node:crypto'
import { access, mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'
import sharp from 'sharp'
import { cacheDir } from '../scripts/export-cache.mjs'
import { iconSizes } from '../shared/utils/site-icons'

/**
 * The favicon set, drawn at build from the logo (public/favicon.svg) with sharp: a 32-pixel
 * PNG for browsers without SVG icons, the 180-pixel apple-touch-icon, and the 192 and 512
 * pixel icons of the web app manifest (server/routes/site.webmanifest.get.ts) and of the
 * publisher logo in the JSON-LD. Served at /icons/ by Nitro, in dev, on the Node server and
 * in the export alike; kept in the build cache under the SVG's hash.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-icons' },
  async setup(_options, nuxt) {
    const source = resolve(nuxt.options.rootDir, nuxt.options.dir.public, 'favicon.svg')
    const svg = await readFile(source)
    const outDir = cacheDir(nuxt.options.rootDir, 'icons', createHash('sha256').update(svg).digest('hex').slice(0, 12))
    await mkdir(outDir, { recursive: true })
    await Promise.all(Object.entries(iconSizes).map(async ([name, size]) => {
      const file = join(outDir, name)
      if (await access(file).then(() => true, () => false)) return
      // Drawn at the target size from the vector (density scales the 32-unit viewBox up).
      await sharp(svg, { density: Math.ceil((72 * size) / 32) }).resize(size, size).png({ compressionLevel: 9 }).toFile(file)
    }))
    nuxt.hook('nitro:config', (config) => {
      config.publicAssets = [...(config.publicAssets ?? []), { dir: outDir, baseURL: '/icons', maxAge: 60 * 60 * 24 }]
    })
  },
})
