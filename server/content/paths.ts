import type { Block } from '../../shared/schema'
import { blockHeading } from '../../shared/schema'
import { slugify } from '../../shared/utils/slug'

// Where content lives on the site: a file's URL path, and the anchors of a page's blocks.
// Index states (`/research/tag/memory/page/2`) are in shared/utils/listing-index.ts, which
// the browser shares; absolute URLs in shared/utils/url.ts.

/** `research/sparse-circuits.json` -> `/research/sparse-circuits`; `index.json` -> `/`. */
export function pathForFile(name: string): string {
  const withoutExt = name.replace(/\.json$/, '')
  const parts = withoutExt.split('/')
  if (parts[parts.length - 1] === 'index') parts.pop()
  return `/${parts.join('/')}`
}

/** Anchors for a page's blocks: explicit ids win, headings are slugged, repeats get -2, -3. */
export function blockAnchors(blocks: Block[]): Array<string | undefined> {
  const used = new Set(blocks.map(b => b.id).filter(Boolean) as string[])
  return blocks.map((block) => {
    if (block.id) return block.id
    const heading = blockHeading(block)
    const base = heading ? slugify(heading) : ''
    if (!base) return undefined
    let anchor = /^[a-z]/.test(base) ? base : `section-${base}`
    for (let n = 2; used.has(anchor); n++) anchor = `${/^[a-z]/.test(base) ? base : `section-${base}`}-${n}`
    used.add(anchor)
    return anchor
  })
}
