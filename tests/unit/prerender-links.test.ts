import { describe, expect, it } from 'vitest'
import { crawlableLinks, withLinks } from '../../modules/prerender-pool/links.mjs'
import { nitroCrawlerLinks } from '../support/nitro-crawler'

/** Markup of the kinds a page holds, and some it should not, each checked against Nitro's own crawler. */
const pages: Record<string, string> = {
  'links in the head and the body': '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_nuxt/entry.css"><link rel="alternate" href="/feed.xml"><link rel="prefetch" href="/about/_payload.json"></head><body><a href="/research">Research</a><a class="x" href="/blog?page=2">More</a></body></html>',
  'fragments, plain and encoded': '<a href="#main">Skip</a><a href="%23top">Top</a><a href="/about#team">Team</a>',
  'entities in a link': '<a href="/research?tag=a&amp;order=oldest">x</a><a href="/q?x=&quot;y&quot;">y</a>',
  'comments and raw text are not markup': '<!-- <a href="/in-a-comment">x</a> --><script>const s = \'<a href="/in-a-script">\'</script><style>a[href="/in-a-style"]{}</style><a href="/real">r</a>',
  'attribute names that contain href': '<a data-href="/not-a-link" href="/a-link">x</a><div data-href="/only-data"></div>',
  'quoting': '<a href=\'/single\'>s</a><a title="say href=/fake" href="/true">t</a>',
  'files and other origins': '<a href="/paper.pdf">pdf</a><a href="/data.JSON">J</a><a href="/api/site.json">j</a><a href="https://example.org/page">e</a><a href="//cdn.example.org/x">c</a><a href="mailto:hello@example.org">m</a><a href="tel:+15550100">t</a>',
  'relative links': '<a href="next">n</a><a href="../up">u</a><a href="?page=3">p</a>',
  'empty, repeated and upper-case attributes': '<a href="">e</a><a href="/first" href="/second">r</a><a HREF="/upper">U</a><svg><use href="/icons#x"></use></svg>',
  'no links': '<p>Nothing to follow.</p>',
}

describe('crawlableLinks', () => {
  it.each(Object.entries(pages))('finds what Nitro\'s crawler finds: %s', async (_name, html) => {
    expect([...crawlableLinks(html)].sort()).toEqual(await nitroCrawlerLinks(html))
  })

  it('also follows an unquoted href, which ultrahtml reads as empty (Vue always quotes)', async () => {
    const html = '<a href=/bare>b</a><a href="/quoted">q</a>'
    expect(await nitroCrawlerLinks(html)).toEqual(['/quoted'])
    expect(crawlableLinks(html)).toEqual(['/bare', '/quoted'])
  })

  it('keeps pages and JSON, and drops fragments, feeds and stylesheets', () => {
    expect(crawlableLinks(pages['links in the head and the body']!)).toEqual(['/about/_payload.json', '/research', '/blog?page=2'])
    expect(crawlableLinks(pages['fragments, plain and encoded']!)).toEqual(['/about#team'])
    expect(crawlableLinks(pages['entities in a link']!)).toEqual(['/research?tag=a&order=oldest', '/q?x="y"'])
    expect(crawlableLinks(pages['comments and raw text are not markup']!)).toEqual(['/real'])
    expect(crawlableLinks(pages['no links']!)).toEqual([])
  })
})

describe('withLinks', () => {
  it('adds the links to the header, encoded as Nitro decodes them, once each', () => {
    const header = withLinks('%2Fabout%2F_payload.json', ['/research', '/a,b', '/research'])
    expect(header).toBe('%2Fabout%2F_payload.json, %2Fresearch, %2Fa%2Cb')
    // As Nitro reads it (nitropack 2.13, extractLinks).
    expect(header.split(',').map(entry => decodeURIComponent(entry.trim()))).toEqual(['/about/_payload.json', '/research', '/a,b'])
  })

  it('starts the header when there was none, and leaves it alone with no links', () => {
    expect(withLinks(null, ['/x'])).toBe('%2Fx')
    expect(withLinks('%2Fy', [])).toBe('%2Fy')
    expect(withLinks(null, [])).toBe('')
  })
})
