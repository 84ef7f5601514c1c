/**
 * `npm run generate`: content:check and `nuxt generate` into a temporary folder side by side,
 * then the search index, and only when all of them succeeded is the result swapped in for
 * `.output`.
 */
import { spawn } from 'node:child_process'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { setPriority } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { buildAtomically } from './atomic-output.mjs'
import { missingPages } from './export-complete.mjs'
import { buildSearchIndex } from './search-index.mjs'
import { headersFile, inlineScriptHashesOfBytes } from './security-headers.mjs'

/** `_headers` for static hosts: the security headers, with the hash of every inline script the pages hold. */
async function writeHeadersFile(publicDir) {
  const files = (await readdir(publicDir, { recursive: true })).filter(f => f.endsWith('.html'))
  const hashes = new Set()
  // Sixteen files at a time, each read as bytes (inlineScriptHashesOfBytes): 2 s for the
  // 480 MB of HTML of a 5,000-page export, where decoding each page as text took 5.9 s.
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

/**
 * `npm run content:check`, beside the build rather than before it, at the lowest priority: the
 * build spends its first seconds starting Nuxt and its modules, and the check (4.4 s on its
 * own at 5,000 pages) fits in the cycles they leave.
 * Its report is printed in one piece when it ends; an error in it stops the build at once
 * (the build would refuse the content too, modules/content.ts, but with less to say).
 */
function contentCheck() {
  const contentDir = resolve(root, process.env.SITE_CONTENT_DIR ?? 'content')
  const child = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'scripts/content-check.ts'), contentDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  // On spare cycles only: Nuxt's start must not wait for the check; only the swap at the end
  // does. At 5,000 pages the check still ends seconds before the Vue builds begin.
  try {
    setPriority(child.pid, 19)
  }
  catch {
    // Not allowed here: the check runs at the build's priority.
  }
  const out = []
  const err = []
  child.stdout.on('data', chunk => out.push(chunk))
  child.stderr.on('data', chunk => err.push(chunk))
  return new Promise((done) => {
    child.on('error', error => done({ ok: false, report: error.message }))
    child.on('close', code => done({ ok: code === 0, report: Buffer.concat(out).toString() + Buffer.concat(err).toString() }))
  })
}

const stopBuild = new AbortController()
const checked = contentCheck().then((result) => {
  ;(result.ok ? process.stdout : process.stderr).write(result.report)
  if (!result.ok) stopBuild.abort()
  return result
})

const code = await buildAtomically(resolve(root, '.output'), tmp => ({
  command: process.execPath,
  args: [...nodeFlags, nuxt, 'generate'],
  env: { SITE_OUTPUT_DIR: tmp, KESTREL_EXPORT_PAGES_FILE: pagesFile },
}), async (tmp) => {
  if (!(await checked).ok) throw new Error('content:check found errors.')
  const written = await checkComplete(resolve(tmp, 'public'))
  console.log(`All ${written} published pages written.`)
  const { pages, bytes } = await buildSearchIndex(resolve(tmp, 'public'))
  console.log(`Search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB in public/pagefind`)
  const hashes = await writeHeadersFile(resolve(tmp, 'public'))
  console.log(`Security headers for static hosts: public/_headers (${hashes} inline script hash${hashes === 1 ? '' : 'es'})`)
}, { signal: stopBuild.signal })
await rm(pagesFile, { force: true })
if (!(await checked).ok) {
  console.error('\ngenerate stopped: content:check found errors (above). The previous export in .output was left as it was.')
  process.exit(1)
}
if (code === 0) console.log('\nExport complete: .output/public (npm run serve to look at it).')
else console.error('\ngenerate failed: the previous export in .output was left as it was.')
process.exit(code)
