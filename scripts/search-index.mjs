/**
 * Builds the Pagefind search index of a static export: only the `data-pagefind-body` part of
 * each published page (no header, footer or listing cards), so the 404 page, drafts (never
 * exported) and navigation never show up in results.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import * as pagefind from 'pagefind'

async function folderSize(dir) {
  let total = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

/** @returns {Promise<{ pages: number, bytes: number }>} */
export async function buildSearchIndex(publicDir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: publicDir, glob: '**/*.html' })
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: join(publicDir, 'pagefind') })
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
    return { pages: added.page_count, bytes: await folderSize(join(publicDir, 'pagefind')) }
  }
  finally {
    await pagefind.close()
  }
}
