import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { ContentFile } from './validate'

/** Every `.json` file under the content folder, named relative to it with forward slashes. */
export async function readContentFiles(contentDir: string): Promise<ContentFile[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter(e => e.isFile() && e.name.endsWith('.json'))
    .map(e => join(e.parentPath, e.name))
    .sort()
  return Promise.all(files.map(async full => ({
    name: relative(contentDir, full).split(sep).join('/'),
    text: await readFile(full, 'utf8'),
  })))
}
