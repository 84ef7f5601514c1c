import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { ContentFile } from './validate'

/** Every `.json` file under the content folder, named relative to it with forward slashes. */
export async function readContentFiles(contentDir: string): Promise<ContentFile[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter(e => e.isFile() && e.name.endsWith('.json'))
    .map(e => join(e.parentPath, e.name))
    .sort()
  // Read synchronously: thousands of small files at once through libuv's four threads took
  // 0.6 to 1.2 s at 5,000 pages, and 0.1 s this way. Only build tools call this (the content
  // module, content:check, tests); the server reads content through Nitro's storage.
  return files.map(full => ({
    name: relative(contentDir, full).split(sep).join('/'),
    text: readFileSync(full, 'utf8'),
  }))
}
