import type { EntryCard, FeedLink, PageData, Site } from '../../shared/schema'
import { absoluteUrl } from '../../shared/utils/url'
import type { ContentRepository } from './repository'

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** Collections with published entries and an index page (`content/research/index.json`) get feeds. */
export function feedLinks(content: ContentRepository): FeedLink[] {
  return content.collections().flatMap((c) => {
    const index = content.summary(`/${c}`)
    return index ? [{ collection: c, title: `${content.site.name}: ${index.title}`, rss: `/${c}/feed.xml`, atom: `/${c}/atom.xml` }] : []
  })
}

const rfc822 = (date: string) => new Date(`${date}T00:00:00Z`).toUTCString()
const iso = (date: string) => `${date}T00:00:00Z`

/** RSS 2.0 for one collection, newest first, every URL absolute. */
export function rssFeed(content: ContentRepository, collection: string): string {
  const { site } = content
  const index = content.summary(`/${collection}`)!
  const entries = content.entries(collection).slice(0, 50)
  const items = entries.map(e => `    <item>
      <title>${escapeXml(e.title)}</title>
      <link>${escapeXml(absoluteUrl(site, e.path))}</link>
      <guid isPermaLink="true">${escapeXml(absoluteUrl(site, e.path))}</guid>
      <pubDate>${rfc822(e.date)}</pubDate>
      <description>${escapeXml(e.description)}</description>
    </item>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`${site.name}: ${index.title}`)}</title>
    <link>${escapeXml(absoluteUrl(site, `/${collection}`))}</link>
    <atom:link href="${escapeXml(absoluteUrl(site, `/${collection}/feed.xml`))}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(index.description)}</description>
    <language>${escapeXml(site.lang)}</language>
${entries[0] ? `    <lastBuildDate>${rfc822(entries[0].date)}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`
}

/** Atom 1.0 for one collection. */
export function atomFeed(content: ContentRepository, collection: string): string {
  const { site } = content
  const index = content.summary(`/${collection}`)!
  const entries = content.entries(collection).slice(0, 50)
  const feedUrl = absoluteUrl(site, `/${collection}/atom.xml`)
  const items = entries.map(e => `  <entry>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(absoluteUrl(site, e.path))}"/>
    <id>${escapeXml(absoluteUrl(site, e.path))}</id>
    <updated>${iso(e.date)}</updated>
    <published>${iso(e.date)}</published>
    <summary>${escapeXml(e.description)}</summary>
  </entry>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.lang)}">
  <title>${escapeXml(`${site.name}: ${index.title}`)}</title>
  <subtitle>${escapeXml(index.description)}</subtitle>
  <link href="${escapeXml(feedUrl)}" rel="self"/>
  <link href="${escapeXml(absoluteUrl(site, `/${collection}`))}"/>
  <id>${escapeXml(feedUrl)}</id>
  <updated>${entries[0] ? iso(entries[0].date) : iso('2000-01-01')}</updated>
  <author><name>${escapeXml(site.name)}</name></author>
${items}
</feed>
`
}

/**
 * Every page search engines should index, with the date it last changed where the content says:
 * published pages and the indexable states of index pages (tags and categories, first page,
 * default order). The pages say the same in their robots tags (PageData.indexable).
 */
export function sitemap(content: ContentRepository): string {
  const pages = [...content.publishedPaths(), ...content.indexStatePaths()].map(path => ({ path, page: content.page(path)! }))
  const urls = pages.filter(({ page }) => page.indexable).map(({ path, page }) => {
    const lastmod = lastModified(page)
    return `  <url>\n    <loc>${escapeXml(absoluteUrl(content.site, path))}</loc>${lastmod ? `\n    <lastmod>${lastmod}</lastmod>` : ''}\n  </url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`
}

/** A page's own date, or for a listing page the newest entry it lists. */
function lastModified(page: PageData): string | undefined {
  const listed: EntryCard[] = page.blocks.flatMap(b => ('entries' in b ? b.entries : b.type === 'listing-index' ? b.index.items : []))
  const dates = [page.date, ...listed.map(e => e.date)].filter((d): d is string => !!d).sort()
  return dates.at(-1)
}

export function robotsTxt(site: Site): string {
  return `User-agent: *
Allow: /
# Authoring tools and preview are not pages.
Disallow: /_blocks
Disallow: /api/

Sitemap: ${absoluteUrl(site, '/sitemap.xml')}
`
}
