const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * The one rule for every URL that comes from content: site paths from the root (`/research`),
 * `#anchors`, `http(s)://host` URLs, `mailto:` and `tel:`. Everything else is refused:
 * javascript:, data:, vbscript:, protocol-relative `//host`, `https:host` without its slashes
 * (browsers read it as another site, the site would draw it as its own), relative paths
 * (which resolve differently from page to page, so nothing can check them), backslash tricks,
 * control characters. Used by the schema at build time and by the link component at render time.
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 2048) return false
  // Whitespace, control characters and backslashes let browsers see a scheme (or a host)
  // that this check did not.
  for (const char of href) {
    const code = char.codePointAt(0)!
    if (code <= 0x20 || (code >= 0x7F && code <= 0x9F) || char === '\\' || /\s/.test(char)) return false
    // Invisible and bidi-override characters make a link read as somewhere else.
    if ((code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069) || code === 0xFEFF) return false
  }
  // Character references (`&colon;`, `&#106;`) mean nothing in a URL written in JSON, but an
  // HTML parser would decode them if a link were ever written out unescaped.
  if (/&(?:#|[a-z][a-z0-9]*;)/i.test(href)) return false
  if (href.startsWith('#')) return true
  if (href.startsWith('//')) return false
  if (href.startsWith('/')) return true
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  if (!scheme || !allowedSchemes.has(scheme)) return false
  // A web URL names its host after two slashes; `https:evil.example` would pass for a path.
  return (scheme !== 'http' && scheme !== 'https') || /^https?:\/\/[^/]/i.test(href)
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
