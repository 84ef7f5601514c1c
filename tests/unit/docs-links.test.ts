import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`)]

/** Markdown without its code: fenced blocks and inline code hold examples, not links. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '')

/** The anchors GitHub gives a file's headings (github-slugger: lower case, punctuation dropped, repeats numbered). */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  const text = readFileSync(join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '')
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').toLowerCase().trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-')
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    anchors.add(n ? `${slug}-${n}` : slug)
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id!)
  return anchors
}

describe('links in the README and docs/', () => {
  it('lead to files that exist and to headings that exist', () => {
    const broken: string[] = []
    let checked = 0
    for (const doc of documents) {
      for (const [, target] of prose(readFileSync(join(root, doc), 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue // https:, mailto: — not checked offline
        checked++
        const [path, anchor] = target!.split('#') as [string, string | undefined]
        const file = path ? relative(root, resolve(root, dirname(doc), decodeURIComponent(path))) : doc
        if (!existsSync(join(root, file))) {
          broken.push(`${doc}: ${target} (no file ${file})`)
          continue
        }
        if (anchor !== undefined && (!file.endsWith('.md') || statSync(join(root, file)).isDirectory() || !anchorsOf(file).has(anchor))) {
          broken.push(`${doc}: ${target} (no heading #${anchor} in ${file})`)
        }
      }
    }
    expect(checked).toBeGreaterThan(50)
    expect(broken).toEqual([])
  })

  it('finds anchors as GitHub makes them', () => {
    // The checker's own slugs, on headings like the docs' own.
    const anchors = anchorsOf('docs/authoring.md')
    for (const anchor of ['write-rich-text', 'hero', 'shape-image', 'shape-tablecell', 'site-settings']) expect(anchors, anchor).toContain(anchor)
  })
})
