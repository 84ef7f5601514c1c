/**
 * `npm run content:check`: validates every file under content/ and prints one line per
 * problem, `content/<file>.json: <path>: <message>`. Exits 1 when there is any error.
 */
import { resolve } from 'node:path'
import process from 'node:process'
import { checkImageFiles, checkLinkedFiles } from '../server/content/assets'
import { readContentFiles } from '../server/content/files'
import { formatProblem } from '../server/content/problems'
import { validateContent } from '../server/content/validate'

const root = resolve(import.meta.dirname, '..')
const contentDir = resolve(root, process.argv[2] ?? 'content')
const publicDir = resolve(root, process.argv[3] ?? 'public')

const files = await readContentFiles(contentDir)
const result = validateContent(files)
const problems = [...result.problems, ...await checkImageFiles(result, publicDir), ...await checkLinkedFiles(result, publicDir)]
const errors = problems.filter(p => p.severity === 'error')
for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p))
const drafts = [...result.pages.values()].filter(r => r.page.draft).length
if (errors.length) {
  console.error(`\ncontent:check: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files.length} files. Fix them and run npm run content:check again.`)
  process.exit(1)
}
console.log(`content:check: ${files.length} files, ${result.pages.size} pages (${drafts} draft${drafts === 1 ? '' : 's'}), no errors${problems.length ? `, ${problems.length} warnings` : ''}.`)
