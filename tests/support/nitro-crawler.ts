import { parseURL } from 'ufo'
import { parse, walk } from 'ultrahtml'

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': '\'', '&quot;': '"' }

/**
 * The hrefs Nitro's own crawler takes from a page, as nitropack 2.13's `extractLinks` finds
 * them: parse with ultrahtml, every element's `href`, entities undone, no fragments, only links
 * without an extension or to `.json`. The reference that modules/prerender-pool/links.mjs
 * must agree with. Sorted: the order in which Nitro meets links does not matter.
 */
export async function nitroCrawlerLinks(html: string): Promise<string[]> {
  const links: string[] = []
  await walk(parse(html), (node) => {
    const href = (node as { attributes?: Record<string, string> }).attributes?.href
    if (!href) return
    const link = href.replace(/&(lt|gt|amp|apos|quot);/g, entity => entities[entity] ?? entity)
    const extension = /\.[\da-z]+$/.exec(parseURL(link).pathname)?.[0] ?? ''
    if (!decodeURIComponent(link).startsWith('#') && (extension === '' || extension === '.json')) links.push(link)
  })
  return links.sort()
}
