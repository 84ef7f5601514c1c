/**
 * `npm run bench:search`: how big the Pagefind index is, and how much a visitor downloads for
 * one query, at the demo's size and at 5,000 pages of synthetic articles. Prints figures;
 * asserts nothing.
 */
import { mkdtemp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSearchIndex } from './search-index.mjs'
import { seededRandom as rng } from './seeded-random.mjs'

// A deterministic vocabulary: common words plus invented technical terms, so the index has
// the long tail of distinct words that real research writing has.
const common = 'the of and to in a is that for it as with was on are by this be from at or an which we model models data training learning results show can more than our not these when each how what their also one two three large small new first after between while where both evaluation method methods layer layers units features task tasks'.split(' ')
const syllables = ['ka', 'ter', 'lo', 'vin', 'sar', 'mek', 'tri', 'don', 'pha', 'rel', 'qui', 'sto', 'nex', 'bal', 'cor', 'dy', 'fen', 'gra']

async function makeSite(dir, pages, seed) {
  const r = rng(seed)
  const rare = Array.from({ length: 20000 }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => syllables[Math.floor(r() * syllables.length)]).join(''))
  const word = () => (r() < 0.7 ? common[Math.floor(r() * common.length)] : rare[Math.floor(r() ** 2 * rare.length)])
  const sentence = n => Array.from({ length: n }, word).join(' ')
  for (let i = 0; i < pages; i++) {
    const paragraphs = Array.from({ length: 8 }, () => `<p>${sentence(70)}.</p>`).join('')
    const html = `<!doctype html><html lang="en"><head><title>Article ${i}</title></head><body><header>Site header</header><main><div data-pagefind-body data-pagefind-meta="section:Research"><h1>${sentence(6)}</h1>${paragraphs}</div></main></body></html>`
    await mkdir(join(dir, `research/article-${i}`), { recursive: true })
    await writeFile(join(dir, `research/article-${i}/index.html`), html)
  }
}

async function sizes(dir) {
  const out = { total: 0, files: 0, byKind: {} }
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const size = (await stat(join(entry.parentPath, entry.name))).size
    const kind = entry.name.endsWith('.pf_fragment') ? 'fragment' : entry.name.endsWith('.pf_index') ? 'index chunk' : entry.name.endsWith('.pf_meta') ? 'meta' : entry.name.startsWith('wasm.') ? 'wasm' : entry.name === 'pagefind.js' ? 'js' : entry.name === 'pagefind-entry.json' ? 'entry' : 'other'
    out.total += size
    out.files++
    const k = (out.byKind[kind] ??= { count: 0, bytes: 0 })
    k.count++
    k.bytes += size
  }
  return out
}

const kib = b => `${(b / 1024).toFixed(0)} KiB`
const rows = []
for (const pages of [30, 1000, 5000]) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-search-'))
  await makeSite(dir, pages, pages)
  const started = performance.now()
  await buildSearchIndex(dir)
  const seconds = (performance.now() - started) / 1000
  const s = await sizes(join(dir, 'pagefind'))
  const avg = kind => (s.byKind[kind] ? s.byKind[kind].bytes / s.byKind[kind].count : 0)
  // One query: the loader, the (language's) wasm, entry and meta, about two index chunks,
  // and the fragments of the ten results shown.
  const perQuery = avg('js') + avg('wasm') + avg('entry') + avg('meta') + 2 * avg('index chunk') + 10 * avg('fragment')
  rows.push({ pages, 'seconds': seconds.toFixed(1), 'index': kib(s.total), 'files': s.files, 'chunks': s.byKind['index chunk']?.count ?? 0, 'one query downloads': kib(perQuery) })
  await rm(dir, { recursive: true, force: true })
}
console.table(rows)
