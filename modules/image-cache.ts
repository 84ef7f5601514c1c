import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { addServerHandler, defineNuxtModule } from '@nuxt/kit'
import { cacheDir } from '../scripts/export-cache.mjs'
import { addServerValue } from './utils/nuxt'

/**
 * Keeps every `/_ipx/` image variant the export makes on disk (server/build-cache/images.ts),
 * so a later `nuxt generate` copies it instead of encoding it again: encoding is most of an
 * export of new content with the same images. Keyed by URL, source bytes and the versions of
 * ipx and sharp. Only the export uses it; the Node server encodes on request.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-image-cache' },
  async setup(_options, nuxt) {
    let config = null
    if (nuxt.options.nitro.static) {
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
      config = {
        dir: cacheDir(nuxt.options.rootDir, 'images'),
        publicDir: resolve(nuxt.options.rootDir, nuxt.options.dir.public),
        // Anything that changes how a variant is encoded starts a fresh set of keys.
        version: JSON.stringify({ format: 2, ipx: await versionOf('ipx'), sharp: await versionOf('sharp'), image: (nuxt.options as { image?: unknown }).image }),
      }
      addServerHandler({ middleware: true, handler: resolve(nuxt.options.rootDir, 'server/build-cache/images.ts') })
    }
    addServerValue(nuxt, '#kestrel-image-cache', {
      type: '{ dir: string, publicDir: string, version: string } | null',
      doc: 'Set only while exporting: where the image-variant cache lives, and what invalidates it.',
    }, () => config)
  },
})
