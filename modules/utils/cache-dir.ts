import { resolve } from 'node:path'
import process from 'node:process'

/**
 * Where build caches live (KaTeX assets, image placeholders, image variants): outside
 * `.nuxt/`, which Nuxt empties on every build. `KESTREL_CACHE_DIR` moves it, so the export
 * benchmark can start each run cold without touching the project's own cache.
 */
export function cacheDir(rootDir: string, ...segments: string[]): string {
  const base = process.env.KESTREL_CACHE_DIR
    ? resolve(process.env.KESTREL_CACHE_DIR)
    : resolve(rootDir, 'node_modules/.cache/kestrel')
  return resolve(base, ...segments)
}
