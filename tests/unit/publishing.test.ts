import { describe, expect, it } from 'vitest'
import { atomFeed, feedLinks, robotsTxt, rssFeed, sitemap } from '../../server/content/publishing'
import { createRepository } from '../../server/content/repository'
import { validateContent } from '../../server/content/validate'
import { contentFiles, rawBlocks, rawImage, rawPage } from '../support/content'

const entry = (title: string, date: string, over: Record<string, unknown> = {}) => rawPage({ title, date, image: rawImage(), description: `About ${title}`, ...over })
const repo = createRepository(validateContent(contentFiles({
  'research/one.json': entry('One & <only>', '2026-01-02', { authors: [{ name: 'Ines Calder', url: '/about' }] }),
  'research/two.json': entry('Two', '2026-03-01'),
  'research/secret.json': entry('Secret', '2026-12-01', { draft: true }),
  'notes/loose.json': entry('Loose', '2026-02-02'),
  'about.json': rawPage({ title: 'About' }),
  'index.json': rawPage({ title: 'Lab', blocks: [rawBlocks.hero, { ...rawBlocks['listing-latest'], collections: ['research', 'notes'] }] }),
})))

describe('feeds', () => {
  it('exist for collections with an index page', () => {
    expect(feedLinks(repo)).toEqual([{ collection: 'research', title: 'Lab: Research', rss: '/research/feed.xml', atom: '/research/atom.xml' }])
  })

  it('list published entries newest first with absolute, escaped URLs and text', () => {
    const rss = rssFeed(repo, 'research')
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
    expect([...rss.matchAll(/<title>([^<]*)<\/title>/g)].map(m => m[1])).toEqual(['Lab: Research', 'Two', 'One &amp; &lt;only&gt;'])
    expect(rss).toContain('<link>https://lab.example/research/two</link>')
    expect(rss).toContain('<pubDate>Sun, 01 Mar 2026 00:00:00 GMT</pubDate>')
    expect(rss).not.toContain('secret')
    const atom = atomFeed(repo, 'research')
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')
    expect(atom).toContain('<id>https://lab.example/research/two</id>')
    expect(atom).toContain('<updated>2026-03-01T00:00:00Z</updated>')
    expect(atom).not.toContain('secret')
  })
})

describe('sitemap and robots.txt', () => {
  it('lists every published page, never a draft, with lastmod from the content', () => {
    const xml = sitemap(repo)
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map(m => m[1])
    expect(locs).toEqual(repo.publishedPaths().map(p => `https://lab.example${p === '/' ? '/' : p}`))
    expect(xml).not.toContain('secret')
    expect(xml).toContain('<loc>https://lab.example/research/two</loc>\n    <lastmod>2026-03-01</lastmod>')
    // A listing page changes when its newest entry does.
    expect(xml).toContain('<loc>https://lab.example/</loc>\n    <lastmod>2026-03-01</lastmod>')
    expect(xml).toContain('<loc>https://lab.example/about</loc>\n  </url>')
  })

  it('points robots to the sitemap and keeps authoring routes out', () => {
    const txt = robotsTxt(repo.site)
    expect(txt).toContain('Sitemap: https://lab.example/sitemap.xml')
    expect(txt).toContain('Disallow: /_blocks')
    expect(txt).toContain('Disallow: /api/')
  })
})

describe('structured data', () => {
  it('describes the lab as an Organization on the home page', () => {
    const [org] = repo.page('/')!.structuredData
    expect(org).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', 'name': 'Lab', 'url': 'https://lab.example/' })
  })

  it('describes entries as Articles with headline, dates, authors and image, and nested pages with breadcrumbs', () => {
    const [article, crumbs] = repo.page('/research/one')!.structuredData
    expect(article).toMatchObject({
      '@type': 'Article',
      'headline': 'One & <only>',
      'datePublished': '2026-01-02',
      'image': ['https://lab.example/images/a.webp'],
      'author': [{ '@type': 'Person', 'name': 'Ines Calder', 'url': 'https://lab.example/about' }],
    })
    expect(crumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      'itemListElement': [
        { position: 1, name: 'Home', item: 'https://lab.example/' },
        { position: 2, name: 'Research', item: 'https://lab.example/research' },
        { position: 3, name: 'One & <only>', item: 'https://lab.example/research/one' },
      ],
    })
    expect(repo.page('/research/two')!.structuredData[0]).toMatchObject({ author: [{ '@type': 'Organization', 'name': 'Lab' }] })
    expect(repo.page('/about')!.structuredData).toEqual([])
  })
})
