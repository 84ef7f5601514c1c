/** A piece of a search excerpt: plain text, or a match to highlight. */
export interface ExcerptPart {
  text: string
  mark: boolean
}

export interface SearchResult {
  url: string
  title: string
  section: string
  excerpt: ExcerptPart[]
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': '\'', '&#x27;': '\'' }

/**
 * Pagefind excerpts are HTML whose only tags are <mark>. Rather than inject that HTML, split
 * it into text and matches and let Vue escape every piece: nothing in an excerpt can run.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let mark = false
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true
    else if (piece === '</mark>') mark = false
    else if (piece) parts.push({ text: piece.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, e => entities[e]!), mark })
  }
  return parts
}

/** `/research/sparse-circuits/` (how the index names pages) -> `/research/sparse-circuits`. */
export function resultPath(url: string): string {
  const path = url.replace(/index\.html$/, '').replace(/\.html$/, '')
  return path.length > 1 ? path.replace(/\/+$/, '') : '/'
}
