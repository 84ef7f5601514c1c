/**
 * `npm run content:check`: validates every file under content/ and prints one line per
 * problem, `content/<file>.json: <path>: <message>`. Exits 1 when there is any error.
 */
import { resolve } from 'node:path'
import process from 'node:process'
import { checkContentFolder } from '../server/content/check'

const root = resolve(import.meta.dirname, '..')
const check = await checkContentFolder(resolve(root, process.argv[2] ?? 'content'), resolve(root, process.argv[3] ?? 'public'))
;(check.errors ? process.stderr : process.stdout).write(`${check.report}\n`)
process.exitCode = check.errors ? 1 : 0
