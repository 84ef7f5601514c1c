import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Runs after `npm run generate` with nothing changed since (as `npm test` does): a second
// `generate` copies the last export, whose fingerprint matches, instead of building it again.
const root = resolve(import.meta.dirname, '../..')
const out = resolve(root, '.output/public')
if (!existsSync(join(out, 'index.html'))) throw new Error('No export in .output/public: run `npm run generate` first.')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}
const snapshot = () => new Map(walk(out).map(f => [relative(out, f), readFileSync(f)]))

describe('a second `npm run generate` with nothing changed', () => {
  const before = snapshot()
  const run = spawnSync(process.execPath, ['scripts/generate.mjs'], {
    cwd: root,
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(?:VITEST|TEST$|NODE_ENV$)/.test(name))),
    encoding: 'utf8',
  })
  const log = `${run.stdout}\n${run.stderr}`

  it('reuses the last export without starting Nuxt', () => {
    expect(run.status, log.slice(-4000)).toBe(0)
    expect(log).toMatch(/Nothing changed since the last export \([0-9a-f]{12}\): copied it/)
    expect(log).not.toContain('Building client')
  })

  it('leaves the same files, with the same bytes, in .output/public', () => {
    const after = snapshot()
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    expect([...after].filter(([file, bytes]) => !before.get(file)!.equals(bytes)).map(([file]) => file)).toEqual([])
  })
})
