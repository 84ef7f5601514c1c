/**
 * `npm run generate`: `nuxt generate` into a temporary folder (which refuses invalid content
 * with content:check's report), then the search index and `_headers`; only when all of them
 * succeeded is the result swapped in for `.output`. With nothing changed since the last
 * export (the same fingerprint), that export is copied from the cache instead.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { buildAtomically } from './atomic-output.mjs'
import { cacheDir, exportFingerprint, linkTree } from './export-cache.mjs'
import { missingPages } from './export-complete.mjs'
import { buildSearchIndex } from './search-index.mjs'
import { headersFile, inlineScriptHashesOfBytes } from '../server/security/headers.mjs'

/** `_headers` for static hosts: the security headers, with the hash of every inline script the pages hold. */
async function writeHeadersFile(publicDir) {
  const files = (await readdir(publicDir, { recursive: true })).filter(f => f.endsWith('.html'))
  const hashes = new Set()
  // Sixteen files at a time, each read as bytes (inlineScriptHashesOfBytes). The HTML parser
  // reads about 80 MB/s here: some 6 s for the 480 MB of a 5,000-page export, where the regex
  // it replaced took 2 s but could be fooled by content (#26).
  let next = 0
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < files.length) {
      const file = files[next++]
      for (const h of inlineScriptHashesOfBytes(await readFile(join(publicDir, file)))) hashes.add(h)
    }
  }))
  await writeFile(join(publicDir, '_headers'), headersFile([...hashes].sort()))
  return hashes.size
}

const root = resolve(import.meta.dirname, '..')

// - A larger young generation: prerendering allocates short-lived objects by the gigabyte, and
//   V8's default 16 MiB semi-space spends a sixth of the export collecting them (~5 % faster).
// - A ceiling on the old generation: left alone, V8 grows the heap towards its default limit
//   (4 GiB here) long before it needs to, so a 1,000-page export peaked at 1.7 GiB of RSS with
//   well under 1 GiB of live data; at 1.5 GiB it collects sooner, peaks lower and runs no slower.
//   A site that truly needs more can say so in NODE_OPTIONS, which then takes precedence.
const nodeFlags = ['--max-semi-space-size=32']
if (!/--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) nodeFlags.push('--max-old-space-size=1536')
const nuxt = resolve(root, 'node_modules/nuxt/bin/nuxt.mjs')
const pagesFile = resolve(root, `.output-pages-${process.pid}.json`)

/** Every published page (listed by modules/content.ts) must be in the export. */
async function checkComplete(publicDir) {
  const pages = JSON.parse(await readFile(pagesFile, 'utf8'))
  const missing = missingPages(publicDir, pages)
  if (missing.length) {
    throw new Error(`The export is incomplete: ${missing.length} of ${pages.length} pages were not written (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}).`)
  }
  return pages.length
}

const started = Date.now()
const fingerprint = await exportFingerprint(root, resolve(root, process.env.SITE_CONTENT_DIR ?? 'content'))
const exportsDir = cacheDir(root, 'exports')
const cached = join(exportsDir, fingerprint)

if (existsSync(join(cached, 'public/index.html'))) {
  // The same sources, content, public files, lockfile and environment: the same site.
  const code = await buildAtomically(resolve(root, '.output'), tmp => ({ run: () => linkTree(cached, tmp) }))
  if (code === 0) console.log(`Nothing changed since the last export (${fingerprint.slice(0, 12)}): copied it in ${((Date.now() - started) / 1000).toFixed(1)} s to .output/public.`)
  else console.error('generate failed to copy the cached export: the previous export in .output was left as it was.')
  process.exit(code)
}

const code = await buildAtomically(resolve(root, '.output'), tmp => ({
  command: process.execPath,
  args: [...nodeFlags, nuxt, 'generate'],
  env: { SITE_OUTPUT_DIR: tmp, SITE_EXPORT_PAGES_FILE: pagesFile },
}), async (tmp) => {
  const written = await checkComplete(resolve(tmp, 'public'))
  console.log(`All ${written} published pages written.`)
  const { pages, bytes } = await buildSearchIndex(resolve(tmp, 'public'))
  console.log(`Search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB in public/pagefind`)
  const hashes = await writeHeadersFile(resolve(tmp, 'public'))
  console.log(`Security headers for static hosts: public/_headers (${hashes} inline script hash${hashes === 1 ? '' : 'es'})`)
  // Only the last export is kept: the next `generate` with nothing changed copies it.
  await rm(exportsDir, { recursive: true, force: true })
  await linkTree(tmp, cached)
})
await rm(pagesFile, { force: true })
if (code === 0) console.log('\nExport complete: .output/public (npm run serve to look at it).')
else console.error('\ngenerate failed: the previous export in .output was left as it was.')
process.exit(code)
