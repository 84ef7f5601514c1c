import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { exportFingerprint, linkTree } from '../../scripts/export-cache.mjs'
import { loadResponse, storeResponse } from '../../server/build-cache/store'

const dirs: string[] = []
afterEach(() => {
  dirs.splice(0).forEach(d => rmSync(d, { recursive: true, force: true }))
  vi.unstubAllEnvs()
})

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'export-cache-'))
  dirs.push(dir)
  return dir
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** A small project: code, content, a public image, a lockfile, and things that are not sources. */
function project(): string {
  const root = folder()
  write(join(root, 'package-lock.json'), '{"lockfileVersion":3}')
  write(join(root, 'components/blocks/Hero.vue'), '<template><h1>Hi</h1></template>')
  write(join(root, 'server/utils/repository.ts'), 'export const pages = 1')
  write(join(root, 'content/pages/home.json'), '{"title":"Home"}')
  write(join(root, 'public/images/a.png'), 'png bytes')
  write(join(root, 'tests/unit/a.test.ts'), 'test')
  write(join(root, 'node_modules/vue/index.js'), 'vue')
  write(join(root, '.output/public/index.html'), '<html>')
  write(join(root, '.output-building-12/public/index.html'), '<html>')
  write(join(root, 'bench-results/export.json'), '{}')
  return root
}

describe('exportFingerprint', () => {
  it('is the same for the same project and environment', async () => {
    const root = project()
    const content = join(root, 'content')
    expect(await exportFingerprint(root, content)).toBe(await exportFingerprint(root, content))
  })

  it('changes with any code, content, public file or lockfile', async () => {
    const root = project()
    const content = join(root, 'content')
    const before = await exportFingerprint(root, content)
    for (const [file, text] of [
      ['content/pages/home.json', '{"title":"Home!"}'],
      ['server/utils/repository.ts', 'export const pages = 2'],
      ['public/images/a.png', 'other png bytes'],
      ['package-lock.json', '{"lockfileVersion":3,"x":1}'],
      ['components/blocks/Hero.vue', '<template><h1>Hello</h1></template>'],
    ] as const) {
      const original = await readFile(join(root, file), 'utf8')
      write(join(root, file), text)
      expect(await exportFingerprint(root, content), file).not.toBe(before)
      write(join(root, file), original)
    }
    // A new file counts, and so does a renamed one.
    write(join(root, 'content/pages/new.json'), '{}')
    expect(await exportFingerprint(root, content)).not.toBe(before)
  })

  it('ignores tests, dependencies, earlier outputs, benchmark results and the cache itself', async () => {
    const root = project()
    const content = join(root, 'content')
    vi.stubEnv('SITE_CACHE_DIR', join(root, '.kestrel-cache'))
    const before = await exportFingerprint(root, content)
    write(join(root, 'tests/unit/b.test.ts'), 'another test')
    write(join(root, 'node_modules/vue/index.js'), 'vue 4')
    write(join(root, '.output/public/index.html'), '<html lang=en>')
    write(join(root, '.output-server/server/index.mjs'), 'server')
    write(join(root, 'bench-results/export.json'), '{"runs":2}')
    write(join(root, '.kestrel-cache/pages/x'), 'cached page')
    expect(await exportFingerprint(root, content)).toBe(before)
  })

  it('reads a content folder outside the project, and the environment that shapes the output', async () => {
    const root = project()
    const content = folder()
    write(join(content, 'pages/home.json'), '{"title":"Elsewhere"}')
    const before = await exportFingerprint(root, content)
    write(join(content, 'pages/home.json'), '{"title":"Elsewhere, edited"}')
    const edited = await exportFingerprint(root, content)
    expect(edited).not.toBe(before)

    vi.stubEnv('SITE_CATALOGUE', '1')
    const withCatalogue = await exportFingerprint(root, content)
    expect(withCatalogue).not.toBe(edited)
    // Where the export is written and where caches live change nothing in it.
    vi.stubEnv('SITE_OUTPUT_DIR', '/tmp/elsewhere')
    vi.stubEnv('SITE_CACHE_DIR', join(folder(), 'cache'))
    expect(await exportFingerprint(root, content)).toBe(withCatalogue)
  })
})

describe('linkTree (the last export, kept and restored)', () => {
  it('puts every file at the same place with the same bytes, as links to the same file', async () => {
    const from = folder()
    write(join(from, 'public/index.html'), '<html>')
    write(join(from, 'public/research/a/index.html'), '<p>a</p>')
    write(join(from, 'nitro.json'), '{}')
    const to = join(folder(), 'copy')
    await linkTree(from, to)
    for (const file of ['public/index.html', 'public/research/a/index.html', 'nitro.json']) {
      expect(readFileSync(join(to, file), 'utf8'), file).toBe(readFileSync(join(from, file), 'utf8'))
      expect(statSync(join(to, file)).ino, file).toBe(statSync(join(from, file)).ino)
    }
  })
})

describe('cached responses on disk', () => {
  it('keep the headers and the exact bytes', async () => {
    const file = join(folder(), 'ab/abcdef')
    const data = Buffer.from([0, 10, 255, 10, 13])
    await storeResponse(file, { headers: { 'content-type': 'image/webp', 'x-links': '/a/_payload.json' }, data })
    const entry = await loadResponse(file)
    expect(entry?.headers).toEqual({ 'content-type': 'image/webp', 'x-links': '/a/_payload.json' })
    expect(entry?.data.equals(data)).toBe(true)
  })

  it('keep headers of any length (a listing names hundreds of image variants)', async () => {
    const file = join(folder(), 'long')
    const links = Array.from({ length: 400 }, (_, i) => `/_ipx/w_800&f_webp&v_0123456789/images/cover-${i}.webp`).join(',')
    await storeResponse(file, { headers: { 'x-links': links }, data: Buffer.from('<html>') })
    expect((await loadResponse(file))?.headers['x-links']).toBe(links)
  })

  it('treat a missing, foreign or damaged entry as a miss', async () => {
    const dir = folder()
    expect(await loadResponse(join(dir, 'missing'))).toBeUndefined()
    // The image cache's first format: a content type on the first line.
    write(join(dir, 'old'), 'image/webp\nRIFF....')
    expect(await loadResponse(join(dir, 'old'))).toBeUndefined()
    write(join(dir, 'cut'), '{"content-type":"text/ht')
    expect(await loadResponse(join(dir, 'cut'))).toBeUndefined()
    write(join(dir, 'odd'), '{"content-type":1}\n<html>')
    expect(await loadResponse(join(dir, 'odd'))).toBeUndefined()
  })
})
