import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The published pages (paths like `/research/x`) that have no `index.html` in an export.
 * Nuxt exits with status 0 when its event loop runs dry, a prerender stuck on a promise that
 * never settles included, so a clean exit alone does not prove the export is whole.
 * @param {string} publicDir
 * @param {string[]} pages
 * @returns {string[]}
 */
export function missingPages(publicDir, pages) {
  return pages.filter(path => !existsSync(join(publicDir, path, 'index.html')))
}
