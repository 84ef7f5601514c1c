import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildAtomically } from '../../scripts/atomic-output.mjs'
import { missingPages } from '../../scripts/export-complete.mjs'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(d => rmSync(d, { recursive: true, force: true })))

/** A project folder whose `.output` holds a previous, complete export. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'))
  dirs.push(dir)
  mkdirSync(join(dir, '.output/public'), { recursive: true })
  writeFileSync(join(dir, '.output/public/index.html'), 'previous export')
  return { dir, target: join(dir, '.output') }
}

/** A stand-in build: writes some files into its output folder, then exits with `code`. */
const fakeBuild = (code: number) => (tmp: string) => ({
  command: process.execPath,
  args: ['-e', `const fs=require('fs');fs.mkdirSync(${JSON.stringify(join(tmp, 'public'))},{recursive:true});fs.writeFileSync(${JSON.stringify(join(tmp, 'public/index.html'))},'new export');process.exit(${code})`],
})

describe('buildAtomically', () => {
  it('swaps in the new export only when the build succeeds', async () => {
    const { dir, target } = project()
    expect(await buildAtomically(target, fakeBuild(0))).toBe(0)
    expect(readFileSync(join(target, 'public/index.html'), 'utf8')).toBe('new export')
    expect(readdirSync(dir)).toEqual(['.output'])
  })

  it('leaves the previous export untouched, and no half-written folder, when the build fails', async () => {
    const { dir, target } = project()
    expect(await buildAtomically(target, fakeBuild(1))).toBe(1)
    expect(readFileSync(join(target, 'public/index.html'), 'utf8')).toBe('previous export')
    expect(readdirSync(dir)).toEqual(['.output'])
  })

  it('stops the build when asked to, and leaves the previous export as it was', async () => {
    const { dir, target } = project()
    const controller = new AbortController()
    // A build that writes part of its output, then would go on for a minute.
    const slowBuild = (tmp: string) => ({
      command: process.execPath,
      args: ['-e', `const fs=require('fs');fs.mkdirSync(${JSON.stringify(join(tmp, 'public'))},{recursive:true});fs.writeFileSync(${JSON.stringify(join(tmp, 'public/index.html'))},'half');setTimeout(()=>{},60000)`],
    })
    const started = Date.now()
    const building = buildAtomically(target, slowBuild, undefined, { signal: controller.signal })
    setTimeout(() => controller.abort(), 300)
    expect(await building).toBe(1)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(readFileSync(join(target, 'public/index.html'), 'utf8')).toBe('previous export')
    expect(readdirSync(dir)).toEqual(['.output'])
  })

  it('works when there is no previous export', async () => {
    const { dir, target } = project()
    rmSync(target, { recursive: true })
    expect(await buildAtomically(target, fakeBuild(0))).toBe(0)
    expect(existsSync(join(dir, '.output/public/index.html'))).toBe(true)
  })
})

describe('buildAtomically with a finishing step', () => {
  it('discards the new output when the finishing step fails', async () => {
    const { dir, target } = project()
    const code = await buildAtomically(target, fakeBuild(0), async () => {
      throw new Error('index failed')
    })
    expect(code).toBe(1)
    expect(readFileSync(join(target, 'public/index.html'), 'utf8')).toBe('previous export')
    expect(readdirSync(dir)).toEqual(['.output'])
  })
})

describe('missingPages', () => {
  it('names every published page without its index.html, the home page included', () => {
    const { dir } = project()
    const out = join(dir, '.output/public')
    mkdirSync(join(out, 'about'), { recursive: true })
    writeFileSync(join(out, 'about/index.html'), 'about')
    expect(missingPages(out, ['/', '/about', '/research/x'])).toEqual(['/research/x'])
    expect(missingPages(join(dir, 'nowhere'), ['/', '/about'])).toEqual(['/', '/about'])
  })
})
