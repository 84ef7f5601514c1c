import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'generate-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A copy of the project (its packages linked, its caches its own) with a previous export in `.output`. */
function projectCopy(): string {
  const skip = new Set(['node_modules', '.git', '.nuxt', 'bench-results', 'dist', 'test-results'])
  for (const entry of readdirSync(root)) {
    if (!skip.has(entry) && !entry.startsWith('.output')) cpSync(join(root, entry), join(work, entry), { recursive: true })
  }
  mkdirSync(join(work, 'node_modules'))
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.cache') symlinkSync(join(root, 'node_modules', entry), join(work, 'node_modules', entry))
  }
  mkdirSync(join(work, '.output/public'), { recursive: true })
  writeFileSync(join(work, '.output/public/index.html'), 'previous export')
  return work
}

describe('npm run generate with invalid content', () => {
  const dir = projectCopy()
  const about = JSON.parse(readFileSync(join(dir, 'content/about.json'), 'utf8')) as { blocks: unknown[] }
  about.blocks.push({ type: 'carousel' })
  writeFileSync(join(dir, 'content/about.json'), JSON.stringify(about, null, 2))
  const run = spawnSync(process.execPath, ['scripts/generate.mjs'], { cwd: dir, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1' } })
  const out = `${run.stdout}${run.stderr}`

  it('fails before bundling, with content:check\'s report once, naming the file and the JSON path, and no stack', () => {
    expect(run.status, out.slice(-3000)).toBe(1)
    expect(out.match(/content\/about\.json: blocks\[\d+\]\.type: unknown block type "carousel"/g)).toHaveLength(1)
    expect(out).toContain('content:check: 1 error in')
    expect(out).not.toMatch(/^\s+at /m)
    expect(out).not.toContain('Building client')
    expect(out).toContain('generate failed: the previous export in .output was left as it was.')
  })

  it('leaves the previous export as it was, and no half-built folder', () => {
    expect(readFileSync(join(dir, '.output/public/index.html'), 'utf8')).toBe('previous export')
    expect(readdirSync(dir).filter(name => name.startsWith('.output-'))).toEqual([])
    expect(existsSync(join(dir, '.output/public/_headers'))).toBe(false)
  })
})
