/**
 * `npm run generate`: `nuxt generate` into a temporary folder, then the search index, and
 * only when both succeeded is the result swapped in for `.output` (content:check has
 * already run).
 */
import { resolve } from 'node:path'
import process from 'node:process'
import { buildAtomically } from './atomic-output.mjs'
import { buildSearchIndex } from './search-index.mjs'

const root = resolve(import.meta.dirname, '..')
const nuxt = resolve(root, 'node_modules/nuxt/bin/nuxt.mjs')
const code = await buildAtomically(resolve(root, '.output'), tmp => ({
  command: process.execPath,
  args: [nuxt, 'generate'],
  env: { SITE_OUTPUT_DIR: tmp },
}), async (tmp) => {
  const { pages, bytes } = await buildSearchIndex(resolve(tmp, 'public'))
  console.log(`Search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB in public/pagefind`)
})
if (code === 0) console.log('\nExport complete: .output/public (npm run serve to look at it).')
else console.error('\ngenerate failed: the previous export in .output was left as it was.')
process.exit(code)
