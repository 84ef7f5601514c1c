/**
 * The links Nitro's crawler follows on a page, found in the worker that rendered it.
 *
 * Nitro (2.13, `extractLinks`) parses every prerendered page with ultrahtml in its own thread
 * and takes the `href` of every element, skipping fragments and links to files other than
 * pages and JSON. At 1,000 pages that parse cost 15 s of the main thread, a tenth of all the
 * export's CPU time. The pool finds the same links with one scan of the HTML in the worker and
 * hands them to Nitro in the `x-nitro-prerender` header, which Nitro reads for every page; the
 * crawler itself is then turned off (modules/parallel-prerender.ts). The export test checks
 * that the two agree on every page of the export. One difference, on the safe side: an
 * unquoted `href=/x` is followed here, where ultrahtml reads it as empty (Vue always quotes).
 */
import { parseURL } from 'ufo'

/** Comments, raw-text elements (whose contents are not markup), declarations, then tags. */
const MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<![^>]*>|<[a-zA-Z][a-zA-Z0-9:-]*(\s[^>]*)?>/gi
/** One attribute: a name, then optionally a double-quoted, single-quoted or bare value. */
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`=]+)))?/g
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': '\'', '&quot;': '"' }
/** Nitro's own test for a page or JSON link: no extension, or `.json` (lower-case extensions only, as Nitro's). */
const EXTENSION = /\.[\da-z]+$/

/** @param {string} value */
function unescape(value) {
  return value.replace(/&(lt|gt|amp|apos|quot);/g, entity => ENTITIES[/** @type {keyof typeof ENTITIES} */ (entity)] ?? entity)
}

/** @param {string} link */
function isFragment(link) {
  try {
    return decodeURIComponent(link).startsWith('#')
  }
  catch {
    return link.startsWith('#')
  }
}

/**
 * Every `href` on the page that Nitro's crawler would take, as written, in document order.
 * Nitro then resolves each against the page and drops those to other origins, as it does
 * with its own.
 * @param {string} html
 * @returns {string[]}
 */
export function crawlableLinks(html) {
  const links = []
  for (const tag of html.matchAll(MARKUP)) {
    const attributes = tag[2]
    if (!attributes || !attributes.includes('href')) continue
    // As in a parsed element's attributes, the last of repeated `href`s counts.
    let value = ''
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      if (attribute[1] === 'href') value = attribute[2] ?? attribute[3] ?? attribute[4] ?? ''
    }
    if (!value) continue
    const link = unescape(value)
    const extension = EXTENSION.exec(parseURL(link).pathname)?.[0] ?? ''
    if (!isFragment(link) && (extension === '' || extension === '.json')) links.push(link)
  }
  return links
}

/**
 * The `x-nitro-prerender` header with these links added: Nitro splits it on commas and
 * decodes each entry.
 * @param {string | null} header
 * @param {string[]} links
 */
export function withLinks(header, links) {
  const added = [...new Set(links)].map(encodeURIComponent).join(', ')
  if (!added) return header ?? ''
  return header ? `${header}, ${added}` : added
}
