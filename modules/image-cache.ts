import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { addServerHandler, addTypeTemplate, defineNuxtModule } from '@nuxt/kit'
import { cacheDir } from './utils/cache-dir'

/**
 * A persistent cache of image variants for `nuxt generate` (server/image-cache/middleware.ts):
 * a second export with unchanged images re-encodes none of them. The Node server is left
 * alone; it resizes on request as @nuxt/image does.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-image-cache' },
  async setup(_options, nuxt) {
    addTypeTemplate({
      filename: 'types/kestrel-image-cache.d.ts',
      getContents: () => [
        'declare module \'#kestrel-image-cache\' {',
        '  /** Set only while exporting: where variants are kept, and what invalidates them. */',
        '  const config: { dir: string, publicDir: string, version: string } | null',
        '  export default config',
        '}',
      ].join('\n'),
    }, { nitro: true, nuxt: true })

    const generating = (nuxt.options as { _generate?: boolean })._generate === true
    let config = null
    if (generating) {
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
        version: JSON.stringify({ ipx: await versionOf('ipx'), sharp: await versionOf('sharp'), image: nuxt.options.image }),
      }
      addServerHandler({ middleware: true, handler: resolve(nuxt.options.rootDir, 'server/image-cache/middleware.ts') })
    }
    const source = `export default ${JSON.stringify(config)}`
    nuxt.options.nitro.virtual ??= {}
    nuxt.options.nitro.virtual['#kestrel-image-cache'] = () => source
  },
})
