import { createHash } from 'node:crypto'
import { parse } from 'parse5'
import type { DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']

// Pages read the way a browser reads them, with parse5 (the HTML standard's own tree construction).

/**
 * The CSP sources of every inline script a browser would run in `html`, wherever it sits, read
 * with parse5 (the HTML standard's own tree construction), a different parser from the one
 * server/security/headers.mjs uses, so the tests do not share its mistakes.
 */
export function scriptsABrowserRuns(html: string): string[] {
  const hashes = new Set<string>()
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script') {
      const attr = (name: string) => node.attrs.find(a => a.name === name)?.value
      const type = attr('type')?.toLowerCase()
      if (attr('src') === undefined && (!type || type === 'module' || type === 'text/javascript')) {
        const text = node.childNodes.map(c => ('value' in c ? c.value : '')).join('')
        hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child)
    if ('content' in node) visit(node.content)
  }
  visit(parse(html))
  return [...hashes].sort()
}

/** The `'sha256-…'` sources of a CSP's script-src, sorted. */
export function scriptSrcHashes(csp: string): string[] {
  const scriptSrc = csp.split(';').map(d => d.trim()).find(d => d.startsWith('script-src')) ?? ''
  return scriptSrc.split(/\s+/).filter(s => s.startsWith(`'sha256-`)).sort()
}

/** A page's robots meta and canonical URL, read with parse5. */
export function headOf(html: string): { robots?: string, canonical?: string } {
  const out: { robots?: string, canonical?: string } = {}
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const attr = (name: string) => node.attrs.find(a => a.name === name)?.value
      if (node.tagName === 'meta' && attr('name') === 'robots') out.robots = attr('content')
      if (node.tagName === 'link' && attr('rel') === 'canonical') out.canonical = attr('href')
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child)
  }
  visit(parse(html))
  return out
}
