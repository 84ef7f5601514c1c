import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { contentFiles, rawBlocks, rawImage, rawPage } from '../support/content'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'content-check-'))
// A real image in the proportions the fixtures claim (16:10), so the size check has something to read.
const png = await sharp({ create: { width: 16, height: 10, channels: 3, background: '#336699' } }).png().toBuffer()
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs `npm run content:check` as authors do, on a content folder of our own. */
function check(name: string, over: Record<string, unknown>, images: string[] = ['/images/a.webp']) {
  const dir = join(work, name)
  for (const f of contentFiles(over)) {
    mkdirSync(dirname(join(dir, 'content', f.name)), { recursive: true })
    writeFileSync(join(dir, 'content', f.name), f.text)
  }
  mkdirSync(join(dir, 'public/images'), { recursive: true })
  for (const src of images) writeFileSync(join(dir, 'public', src), png)
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/content-check.ts'), join(dir, 'content'), join(dir, 'public')], { encoding: 'utf8' })
  return { status: result.status, out: `${result.stdout}${result.stderr}` }
}

describe('npm run content:check', () => {
  it('passes valid content and says what it checked', () => {
    const { status, out } = check('valid', { 'index.json': rawPage({ blocks: [{ ...rawBlocks.image, image: rawImage({ width: 800, height: 500 }) }] }) })
    expect(out).toContain('content:check: 5 files, 3 pages (0 drafts), no errors.')
    expect(status).toBe(0)
  }, 30_000)

  it('prints one line per problem with file and JSON path, and exits 1', () => {
    const { status, out } = check('invalid', {
      'index.json': rawPage({ blocks: [{ ...rawBlocks.hero, image: rawImage({ alt: '' }) }, { type: 'carousel' }] }),
      'research/one.json': '{ "title": "One", }',
    })
    expect(status).toBe(1)
    expect(out).toContain('content/index.json: blocks[0].image.alt: is required')
    expect(out).toContain('content/index.json: blocks[1].type: unknown block type "carousel"')
    expect(out).toContain('content/research/one.json: invalid JSON at line 1, column 19')
    expect(out).toMatch(/content:check: \d+ errors in 5 files/)
  }, 30_000)

  it('refuses images that are missing or whose size is wrong', () => {
    const { status, out } = check('images', {
      'index.json': rawPage({ blocks: [{ ...rawBlocks.image, image: rawImage({ src: '/images/missing.webp' }) }, { ...rawBlocks.image, image: rawImage({ width: 1000, height: 1000 }) }] }),
    })
    expect(status).toBe(1)
    expect(out).toContain('content/index.json: blocks[0].image.src: no image file at public/images/missing.webp')
    expect(out).toContain('content/index.json: blocks[1].image.width: 1000x1000 does not match the file\'s proportions (16x10)')
  }, 30_000)

  it('refuses links to missing files, in link fields and inside rich text, but not to the feeds the build writes', () => {
    const { status, out } = check('files', {
      'index.json': rawPage({ blocks: [
        { ...rawBlocks['heading-with-text'], text: 'The [paper](/papers/missing.pdf) and the [feed](/research/feed.xml).', link: { label: 'Data', href: '/data/gone.csv' } },
        { type: 'video', src: '/videos/none.webm', title: 'A video', poster: rawImage(), captions: { src: '/videos/none.vtt', srclang: 'en', label: 'English' } },
      ] }),
    })
    expect(status).toBe(1)
    expect(out).toContain('content/index.json: blocks[0].text: links to /papers/missing.pdf, but there is no such file under public/')
    expect(out).toContain('content/index.json: blocks[0].link.href: links to /data/gone.csv, but there is no such file under public/')
    expect(out).toContain('content/index.json: blocks[1].src: links to /videos/none.webm, but there is no such file under public/')
    expect(out).toContain('content/index.json: blocks[1].captions.src: links to /videos/none.vtt, but there is no such file under public/')
    expect(out).not.toContain('feed.xml')
  }, 30_000)
})

describe('npm run docs:authoring', () => {
  it('has written docs/authoring.md from the current schema', () => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/authoring-docs.ts'), '--check'], { encoding: 'utf8' })
    expect(`${result.stdout}${result.stderr}`).toContain('docs/authoring.md is up to date.')
    expect(result.status).toBe(0)
  }, 30_000)
})
