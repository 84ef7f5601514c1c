import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'
import { joinURL } from 'ufo'
import { inlineStylesheetsAtMost } from '../server/utils/inline-stylesheets'
import { addServerValue } from './utils/nuxt'

/**
 * The small CSS files of the client build, by URL, for server/plugins/stylesheets.ts to write
 * into pages instead of linking them. Read when Nitro is bundled, after the client build (or
 * its restore from the build cache); empty in dev, where Vite serves styles itself.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-stylesheets' },
  setup(_options, nuxt) {
    addServerValue(nuxt, '#build-stylesheets', { type: 'Record<string, string>', doc: 'The client build\'s small stylesheets, by URL path (`/_nuxt/x.css`).' }, async () => {
      const stylesheets: Record<string, string> = {}
      if (!nuxt.options.dev) {
        const dir = join(nuxt.options.buildDir, 'dist/client', nuxt.options.app.buildAssetsDir)
        for (const name of await readdir(dir).catch(() => [])) {
          if (!name.endsWith('.css')) continue
          const css = (await readFile(join(dir, name), 'utf8')).trim()
          if (css.length <= inlineStylesheetsAtMost) stylesheets[joinURL(nuxt.options.app.baseURL, nuxt.options.app.buildAssetsDir, name)] = css
        }
      }
      return stylesheets
    })
  },
})
