/**
 * Build caches that outlive `.nuxt/` (which Nuxt empties on every build), and the export
 * fingerprint that lets a second `npm run generate` with nothing changed reuse the whole
 * previous export instead of building it again.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { copyFile, link, mkdir, readdir } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'

/**
 * Where build caches live (KaTeX assets, image placeholders, image variants, the last export).
 * `SITE_CACHE_DIR` moves it, so the export benchmark can start each run cold.
 * @param {string} rootDir
 * @param {...string} segments
 */
export function cacheDir(rootDir, ...segments) {
  const base = process.env.SITE_CACHE_DIR ? resolve(process.env.SITE_CACHE_DIR) : resolve(rootDir, 'node_modules/.cache/kestrel')
  return resolve(base, ...segments)
}

/** Folders at the top of the project that never shape the export. */
const notSources = new Set(['node_modules', '.git', '.nuxt', '.data', '.cache', 'dist', 'coverage', 'tests', 'test-results', 'bench-results', 'docs'])
/** Environment variables that can change what the export holds... */
const outputEnvironment = /^(?:SITE_|NUXT_|NITRO_)/
/** ...except where it is written and where caches live. */
const notOutputEnvironment = new Set(['SITE_OUTPUT_DIR', 'SITE_CACHE_DIR'])

/**
 * @param {string} dir
 * @param {(path: string, name: string, top: boolean) => boolean} skip
 * @returns {Promise<string[]>}
 */
async function filesUnder(dir, skip, top = true) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  /** @type {string[]} */
  const files = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (skip(path, entry.name, top)) continue
    if (entry.isDirectory()) files.push(...await filesUnder(path, skip, false))
    else if (entry.isFile()) files.push(path)
  }
  return files
}

/**
 * Everything the export can depend on: the bytes of every file of the project (code, content,
 * public files, lockfile, config), the content folder when it lives elsewhere, the
 * environment that shapes the output and Node's version. Two exports with the same
 * fingerprint are the same site.
 * @param {string} rootDir
 * @param {string} contentDir
 * @returns {Promise<string>}
 */
export async function exportFingerprint(rootDir, contentDir) {
  const hash = createHash('sha256')
  const caches = cacheDir(rootDir)
  /** @param {string} path @param {string} name @param {boolean} top */
  const skip = (path, name, top) => path === caches || (top && (notSources.has(name) || name.startsWith('.output')))
  const roots = [{ dir: rootDir, skip }]
  if (relative(rootDir, contentDir).startsWith('..')) roots.push({ dir: contentDir, skip: path => path === caches })
  for (const [index, { dir, skip }] of roots.entries()) {
    for (const file of (await filesUnder(dir, skip)).sort()) {
      hash.update(`${index}:${relative(dir, file)}\0`)
      // Synchronously: thousands of small files, one await each, took a second at 5,000 pages.
      hash.update(readFileSync(file))
      hash.update('\0')
    }
  }
  const environment = Object.entries(process.env)
    .filter(([name]) => outputEnvironment.test(name) && !notOutputEnvironment.has(name))
    .sort(([a], [b]) => a.localeCompare(b))
  hash.update(JSON.stringify({ environment, node: process.version }))
  return hash.digest('hex').slice(0, 32)
}

/**
 * Puts every file of `from` at the same place under `to`, as hard links where the file system
 * allows (the export is written once and never changed in place: a new one replaces it), else as
 * copies. Linking the 113 MB of a 1,000-page export took a tenth of the 3 s a copy took.
 * @param {string} from
 * @param {string} to
 */
export async function linkTree(from, to) {
  await mkdir(to, { recursive: true })
  await Promise.all((await readdir(from, { withFileTypes: true })).map(async (entry) => {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isDirectory()) return linkTree(source, target)
    if (entry.isFile()) await link(source, target).catch(() => copyFile(source, target))
  }))
}
