const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * The one rule for every URL that comes from content: relative paths, `#anchors`,
 * `http(s):`, `mailto:` and `tel:`. Everything else (javascript:, data:, vbscript:,
 * protocol-relative `//host`, backslash tricks, control characters) is refused.
 * Used by the schema at build time and again by the link component at render time.
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 2048) return false
  // Whitespace, control characters and backslashes let browsers see a scheme (or a host)
  // that this check did not.
  for (const char of href) {
    const code = char.codePointAt(0)!
    if (code <= 0x20 || (code >= 0x7F && code <= 0x9F) || char === '\\' || /\s/.test(char)) return false
  }
  // Character references (`&colon;`, `&#106;`) mean nothing in a URL written in JSON, but an
  // HTML parser would decode them if a link were ever written out unescaped.
  if (/&(?:#|[a-z][a-z0-9]*;)/i.test(href)) return false
  if (href.startsWith('#')) return true
  if (href.startsWith('//')) return false
  if (href.startsWith('/')) return true
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)
  if (scheme) return allowedSchemes.has(scheme[1]!.toLowerCase())
  // A colon before any slash would be read as a scheme by some parsers.
  const firstColon = href.indexOf(':')
  const firstSlash = href.indexOf('/')
  return firstColon === -1 || (firstSlash !== -1 && firstSlash < firstColon)
}

/** Links that leave the site open in a new tab and show an outward arrow. */
export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href)
}

/** Internal page links go through the router; anchors, mail and phone links do not. */
export function isInternalPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//')
}

/**
 * A link to one of the site's files (a feed, a PDF, an image) rather than one of its pages:
 * the browser loads it itself; the router never sees it and nothing prefetches its data.
 */
export function isFileHref(href: string): boolean {
  return /\.[a-z0-9]+$/i.test(href.split(/[?#]/, 1)[0]!)
}
