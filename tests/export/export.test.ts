import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readContentFiles } from '../../server/content/files'
import { createRepository } from '../../server/content/repository'
import { validateContent } from '../../server/content/validate'
import { slugify } from '../../shared/utils/slug'
import { compileHint } from '../../modules/compile-hints'
import { headOf, scriptSrcHashes, scriptsABrowserRuns } from '../support/html'

const root = resolve(import.meta.dirname, '../..')
const out = resolve(root, '.output/public')
if (!existsSync(join(out, 'index.html'))) throw new Error('No export in .output/public: run `npm run generate` first.')

const content = validateContent(await readContentFiles(resolve(root, 'content')))
const repo = createRepository(content)

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}
const files = walk(out)
const htmlFiles = files.filter(f => f.endsWith('.html'))
const read = (file: string) => readFileSync(file, 'utf8')
const pageFile = (path: string) => join(out, path === '/' ? '' : path, 'index.html')

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>')

/** Every URL an HTML file makes the browser or a visitor ask for. */
function referencedUrls(html: string): string[] {
  const urls: string[] = []
  for (const m of html.matchAll(/\s(?:href|src|poster)="([^"]*)"/g)) urls.push(decode(m[1]!))
  for (const m of html.matchAll(/\s(?:srcset|imagesrcset)="([^"]*)"/g)) {
    for (const part of decode(m[1]!).split(',')) urls.push(part.trim().split(/\s+/)[0]!)
  }
  return urls.filter(Boolean)
}

/** Whether a root-relative URL is served by the export, the way a static host resolves it. */
function resolves(url: string): boolean {
  const path = decodeURIComponent(url.replace(/[?#].*$/, ''))
  const target = join(out, path)
  if (!target.startsWith(out)) return false
  return (existsSync(target) && statSync(target).isFile()) || existsSync(join(target, 'index.html'))
}

describe('the static export', () => {
  it('has an index.html for every published page', () => {
    const missing = repo.publishedPaths().filter(p => !existsSync(pageFile(p)))
    expect(missing).toEqual([])
    expect(repo.publishedPaths().length).toBeGreaterThanOrEqual(27)
  })

  it('has a real not-found page, drawn on the server, that needs no API', () => {
    // Static hosts serve 404.html for every unknown address: it is the whole page, header,
    // text, way back and footer, readable before (or without) any script.
    const html = read(join(out, '404.html'))
    const { robots } = headOf(html)
    expect(robots).toBe('noindex')
    expect(html).toContain('<title>Page not found</title>')
    expect(html).toMatch(/<h1[^>]*>This page does not exist<\/h1>/)
    expect(html).toContain('aria-label="Main"')
    expect(html).toMatch(/<footer[^>]*class="site-footer"/)
    expect(html).toMatch(/<a href="\/"[^>]*>(?:<!--\[-->)?\s*Back to the home page/)
    expect(html).not.toMatch(/\/api\//)
    // Nothing needs the empty app shell Nuxt would write as 200.html, nor an API in the export.
    expect(existsSync(join(out, '200.html'))).toBe(false)
    expect(existsSync(join(out, 'api'))).toBe(false)
  })

  it('resolves every internal href, src and srcset entry of every page to a file', () => {
    const broken: string[] = []
    for (const file of htmlFiles) {
      for (const url of referencedUrls(read(file))) {
        if (!url.startsWith('/') || url.startsWith('//')) continue
        if (!resolves(url)) broken.push(`${relative(out, file)}: ${url}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('preloads each page\'s own payload, written beside it', () => {
    // The file comes from the `_payload.json` route Nuxt names when it renders the page.
    const wrong: string[] = []
    for (const path of repo.publishedPaths()) {
      const links = [...read(pageFile(path)).matchAll(/<link rel="preload" as="fetch"[^>]* href="([^"]*_payload\.json\?[^"]*)"/g)].map(m => decode(m[1]!))
      const own = `${path === '/' ? '' : path}/_payload.json`
      if (links.length !== 1 || links[0]!.split('?')[0] !== own) wrong.push(`${path}: ${links.join(', ') || 'no payload preload'}`)
      else if (!Array.isArray(JSON.parse(read(join(out, own))))) wrong.push(`${path}: ${own} is not a payload`)
    }
    expect(wrong).toEqual([])
  })

  it('exports a page whose text shows HTML source, as the characters typed', () => {
    // Text is text: the export prerenders the content's routes and never reads links out of
    // a page, so markup quoted in a heading or paragraph is neither followed nor rendered.
    const html = read(pageFile('/blog/notebook-practices'))
    expect(html).toMatch(/<h2[^>]*>(?:<!--.*?-->)*Quoting &lt;a href=&quot;javascript:window.x&quot;&gt; and other markup</)
    expect(html).toContain('such as &lt;a href=&quot;javascript:window.x&quot;&gt;open&lt;/a&gt; or')
    expect(html).toContain('&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;&gt;')
    // In the description, as the meta tags carry it: unhead escapes quotes there, not brackets,
    // and a crawler reading `href=` out of the attribute followed "javascript:window.x".
    expect(html).toContain('a pasted <a href=&quot;javascript:window.x&quot;> or </script><script>alert(1)</script> stays plain text.">')
    expect(html).not.toMatch(/<a [^>]*href="javascript:/)
    expect(files.filter(f => relative(out, f).includes('javascript')).map(f => relative(out, f))).toEqual([])
  })

  it('leaves drafts out entirely: no page, no payload, no listing, no mention', () => {
    const drafts = [...content.pages.values()].filter(r => r.page.draft)
    expect(drafts.length).toBeGreaterThan(0)
    for (const draft of drafts) {
      expect(existsSync(join(out, draft.path))).toBe(false)
      const mentions = files.filter(f => /\.(?:html|json|xml|txt)$/.test(f) && read(f).includes(draft.path))
      expect(mentions.map(f => relative(out, f))).toEqual([])
    }
  })

  it('renders the home page from its twelve blocks, in the order of the brief, each wrapped and themed', () => {
    const html = read(pageFile('/'))
    const sections = [...html.matchAll(/<section[^>]*class="ui-block ui-block--([a-z-]+) theme-([a-z-]+)"/g)]
    expect(sections.map(m => m[1])).toEqual([
      'hero', 'listing-mixed', 'listing-latest', 'heading-with-text', 'image', 'heading-with-text',
      'listing-research', 'heading-with-text', 'listing-latest', 'heading-with-text', 'image', 'testimonial',
    ])
    expect(html).toContain('id="research"')
  })

  it('gives every image its size and alt, loads only the hero eagerly, and preloads it', () => {
    const html = read(pageFile('/'))
    const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map(m => m[0])
    expect(imgs.length).toBeGreaterThan(6)
    for (const img of imgs) {
      expect(img).toMatch(/\swidth="\d+"/)
      expect(img).toMatch(/\sheight="\d+"/)
      expect(img).toMatch(/\salt="/)
      expect(img).toMatch(/\ssrcset="[^"]+ 400w/)
    }
    expect(imgs.filter(i => i.includes('loading="eager"'))).toHaveLength(1)
    expect(imgs[0]).toContain('fetchpriority="high"')
    expect(html).toMatch(/<link[^>]*rel="preload"[^>]*as="image"[^>]*imagesrcset="[^"]*hero-lattice/)
  })

  it('gives every content image a small raster placeholder, never an SVG the browser must build a document for', () => {
    let seen = 0
    for (const file of htmlFiles) {
      for (const [img] of read(file).matchAll(/<img\b[^>]*>/g)) {
        const background = /background-image:url\(&quot;([^&]*)&quot;\)/.exec(img)?.[1]
        if (!background) continue
        seen++
        expect(background, `${relative(out, file)}: ${img.slice(0, 120)}`).toMatch(/^data:image\/webp;base64,[\w+/]+=*$/)
        expect(background.length).toBeLessThan(400)
      }
    }
    expect(seen).toBeGreaterThan(50)
  })

  it('writes the SEO head of every page', () => {
    for (const path of repo.publishedPaths()) {
      const html = read(pageFile(path))
      const page = repo.page(path)!
      const title = path === '/' ? page.title : `${page.title} | Kestrel Lab`
      expect(html, path).toContain(`<title>${title.replace(/&/g, '&amp;')}</title>`)
      expect(html, path).toMatch(/<html[^>]*\slang="en-GB"/)
      expect(html, path).toContain('<meta property="og:locale" content="en_GB">')
      expect(html, path).toMatch(/<link rel="alternate" hreflang="en-GB" href="https:\/\/kestrel-lab\.example[^"]*">/)
      expect(html, path).toContain(`<link rel="canonical" href="https://kestrel-lab.example${path}">`)
      expect(html, path).toMatch(/<meta name="description" content="[^"]+">/)
      expect(html, path).toMatch(/<meta property="og:image" content="https:\/\/kestrel-lab\.example\/images\/[^"]+">/)
      expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]+">/)
      expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image">')
      expect(html, path).toContain('<meta name="twitter:site" content="@kestrellab">')
    }
  })

  it('marks the header\'s and footer\'s links to the page on screen as current, and no others', () => {
    // Those (and the banner's) are RouterLinks (components/ui/UiLink.vue, marks-current); links in the page's own
    // content are plain links with no marks.
    let pagesLinkingHere = 0
    for (const path of repo.publishedPaths()) {
      const html = read(pageFile(path))
      // The header, the footer and the announcement banner.
      const regions = [...html.matchAll(/<(header|footer|aside) class="(?:site-header|site-footer|cta-banner)[\s\S]*?<\/\1>/g)].map(m => m[0])
      const shell = regions.join('')
      const linksIn = (part: string) => [...part.matchAll(/<a\s[^>]*>/g)].map(([tag]) => ({
        tag,
        // The router compares paths: a link's query and fragment do not make it another page.
        href: decode(/\shref="([^"]*)"/.exec(tag)?.[1] ?? '').replace(/[?#].*$/, ''),
        current: /\saria-current="([^"]*)"/.exec(tag)?.[1],
        classes: (/\sclass="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/),
      }))
      const shellLinks = linksIn(shell).filter(l => l.href.startsWith('/') && !/\.[a-z]+$/.test(l.href))
      if (shellLinks.some(l => l.href === path)) pagesLinkingHere++
      for (const link of shellLinks) {
        // The page's own link is "page"; the header group of the section it is in is "true".
        const expected = link.href === path ? 'page' : link.classes.includes('is-current-section') ? 'true' : undefined
        expect(link.current, `${path}: ${link.tag}`).toBe(expected)
        if (link.href !== path) expect(link.classes, `${path}: ${link.tag}`).not.toContain('router-link-exact-active')
      }
      const content = regions.reduce((rest, region) => rest.replace(region, ''), html)
      expect(linksIn(content).filter(l => l.classes.some(c => c.startsWith('router-link'))).map(l => l.tag), path).toEqual([])
    }
    // The pages in the header and footer (and the home page, through the logo) at least.
    expect(pagesLinkingHere).toBeGreaterThan(10)
  })

  it('has exactly one h1 on every page', () => {
    for (const path of repo.publishedPaths()) {
      expect(read(pageFile(path)).match(/<h1[\s>]/g), path).toHaveLength(1)
    }
  })

  it('links only the large build stylesheets; the small ones are written into the page, byte for byte', () => {
    for (const file of htmlFiles) {
      const html = read(file)
      for (const [, href] of html.matchAll(/<link rel="stylesheet" href="(\/_nuxt\/[^"]+\.css)"/g)) {
        expect(statSync(join(out, href!)).size, `${relative(out, file)} links ${href}`).toBeGreaterThan(4096)
      }
      for (const [, href, css] of html.matchAll(/<style data-href="(\/_nuxt\/[^"]+\.css)">([\s\S]*?)<\/style>/g)) {
        expect(css, `${relative(out, file)}: ${href}`).toBe(read(join(out, href!)).trim())
      }
    }
  })

  it('names the version of its source file in every image variant, so a replaced image gets new URLs', () => {
    const variants = files.filter(f => f.includes(`${sep}_ipx${sep}`))
    const versionsBySource = new Map<string, Set<string>>()
    for (const v of variants) {
      const [modifiers, ...source] = relative(join(out, '_ipx'), v).split(sep)
      const version = /(?:^|&)v_([0-9a-f]{8,})(?:&|$)/.exec(modifiers!)?.[1]
      expect(version, v).toBeDefined()
      const key = source.join('/')
      versionsBySource.set(key, (versionsBySource.get(key) ?? new Set()).add(version!))
    }
    // One version per source file; sources with different bytes never share one.
    expect([...versionsBySource].filter(([, versions]) => versions.size !== 1)).toEqual([])
    const bytesByVersion = new Map<string, Buffer>()
    for (const [source, [version]] of [...versionsBySource].map(([s, v]) => [s, [...v]] as const)) {
      const bytes = readFileSync(join(root, 'public', source))
      const seen = bytesByVersion.get(version!)
      expect(!seen || seen.equals(bytes), source).toBe(true)
      bytesByVersion.set(version!, bytes)
    }
  })

  it('only references image variants no wider than their source', () => {
    const variants = files.filter(f => f.includes(`${sep}_ipx${sep}`))
    expect(variants.length).toBeGreaterThan(20)
    for (const v of variants) {
      const width = Number(/w_(\d+)/.exec(v)?.[1])
      expect(width, v).toBeLessThanOrEqual(3200)
    }
  })
})

describe('authoring tools', () => {
  it('keep the block catalogue out of the static export', () => {
    expect(existsSync(join(out, '_blocks'))).toBe(false)
    expect(existsSync(join(out, 'api/catalogue'))).toBe(false)
  })
})

describe('document outline', () => {
  it('never skips a heading level on any page', () => {
    for (const path of repo.publishedPaths()) {
      // A closed <dialog> (the mobile menu) is not part of the page's outline; open, it is modal.
      const html = read(pageFile(path)).replace(/<dialog[\s\S]*?<\/dialog>/g, '')
      const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map(m => Number(m[1]))
      expect(levels[0], path).toBe(1)
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i]!, `${path}: h${levels[i - 1]} followed by h${levels[i]}`).toBeLessThanOrEqual(levels[i - 1]! + 1)
      }
    }
  })
})

describe('feeds, sitemap and structured data in the export', () => {
  it('writes a sitemap of exactly the pages that ask to be indexed under their own URL, and a robots.txt that points to it', () => {
    const xml = read(join(out, 'sitemap.xml'))
    const listed = [...xml.matchAll(/<loc>https:\/\/kestrel-lab\.example([^<]*)<\/loc>/g)].map(m => m[1] || '/').sort()
    // What each exported page says of itself, read with parse5: its robots meta and canonical URL.
    const own: string[] = []
    const states = { noindexFollow: 0, tagOrCategory: 0 }
    for (const file of htmlFiles) {
      const path = `/${relative(out, file).split(sep).slice(0, -1).join('/')}`
      if (!file.endsWith(`${sep}index.html`)) continue // 404.html and 200.html are not pages of their own
      const { robots, canonical } = headOf(read(file))
      if (robots === 'noindex, follow') states.noindexFollow++
      if (/\/(?:tag|category)\/[^/]+$/.test(path) && robots === 'index, follow') states.tagOrCategory++
      if (robots?.startsWith('index') && canonical === `https://kestrel-lab.example${path === '/' ? '/' : path}`) own.push(path)
    }
    expect(listed).toEqual(own.sort())
    // Tag and category states are pages of their own; other sort orders and later pages are not.
    expect(states.tagOrCategory).toBeGreaterThan(5)
    expect(states.noindexFollow).toBeGreaterThan(5)
    expect(listed).toEqual(expect.arrayContaining(repo.publishedPaths()))
    expect(read(join(out, 'robots.txt'))).toContain('Sitemap: https://kestrel-lab.example/sitemap.xml')
  })

  it('writes RSS and Atom feeds for research and blog, linked from every page', () => {
    for (const collection of ['research', 'blog']) {
      expect(read(join(out, collection, 'feed.xml'))).toContain('<rss version="2.0"')
      expect(read(join(out, collection, 'atom.xml'))).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    }
    for (const path of repo.publishedPaths()) {
      const html = read(pageFile(path))
      expect(html, path).toContain('<link rel="alternate" type="application/rss+xml" title="Kestrel Lab: Research" href="/research/feed.xml">')
      expect(html, path).toContain('<link rel="alternate" type="application/atom+xml" title="Kestrel Lab: Blog (Atom)" href="/blog/atom.xml">')
    }
  })

  it('gives articles and posts their dates, authors and reading time in the head', () => {
    const meta = (path: string) => [...read(pageFile(path)).matchAll(/<meta (?:property|name)="((?:article|twitter):[^"]+)" content="([^"]*)">/g)].map(m => `${m[1]}=${m[2]}`)
    expect(meta('/research/sparse-circuits')).toEqual(expect.arrayContaining([
      'article:published_time=2026-09-18', 'article:modified_time=2026-11-20', 'twitter:label1=Reading time', expect.stringMatching(/^twitter:data1=\d+ min read$/),
      // The author's own page where content gives one, else their page of the index.
      'article:author=https://ines-calder.example', 'article:author=https://kestrel-lab.example/research/author/kenji-arai',
    ]))
    expect(meta('/blog/annual-letter')).toEqual(expect.arrayContaining(['article:published_time=2026-01-15', 'twitter:label1=Reading time']))
    expect(meta('/about').filter(m => m.startsWith('article:') || m.startsWith('twitter:label'))).toEqual([])
  })

  it('ships a favicon set drawn from the logo, and a web app manifest that names it', async () => {
    const { default: sharp } = await import('sharp')
    for (const [name, size] of Object.entries({ 'favicon-32.png': 32, 'apple-touch-icon.png': 180, 'icon-192.png': 192, 'icon-512.png': 512 })) {
      const info = await sharp(join(out, 'icons', name)).metadata()
      expect([info.format, info.width, info.height], name).toEqual(['png', size, size])
    }
    const manifest = JSON.parse(read(join(out, 'site.webmanifest'))) as { name: string, icons: Array<{ src: string, sizes: string }> }
    expect(manifest.name).toBe('Kestrel Lab')
    expect(manifest.icons.map(i => `${i.src} ${i.sizes}`)).toEqual(['/icons/icon-192.png 192x192', '/icons/icon-512.png 512x512'])
    const home = read(pageFile('/'))
    for (const tag of ['<link rel="icon" type="image/png" sizes="32x32" href="/icons/favicon-32.png">', '<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">', '<link rel="manifest" href="/site.webmanifest">']) {
      expect(home).toContain(tag)
    }
  })

  it('embeds valid JSON-LD: Organization at home, Article and breadcrumbs on entries', () => {
    const ld = (path: string) => [...read(pageFile(path)).matchAll(/<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/g)].map(m => JSON.parse(m[1]!))
    expect(ld('/').map(d => d['@type'])).toEqual(['Organization'])
    expect(ld('/research/sparse-circuits').map(d => d['@type'])).toEqual(['Article', 'BreadcrumbList'])
    expect(ld('/blog/annual-letter')[0]).toMatchObject({ headline: 'A letter for the new year', datePublished: '2026-01-15' })
    // Search engines want the publisher's logo as a raster image.
    expect(ld('/research/sparse-circuits')[0].publisher.logo.url).toBe('https://kestrel-lab.example/icons/icon-512.png')
  })
})

describe('standards, checked with tools this project did not write', () => {
  it('has valid HTML on every page (html-validate, standard preset)', async () => {
    const { HtmlValidate } = await import('html-validate')
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] })
    const problems: string[] = []
    for (const file of htmlFiles) {
      const report = await validator.validateString(read(file), relative(out, file))
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${result.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`)
      }
    }
    expect(htmlFiles.length).toBeGreaterThan(90)
    expect(problems).toEqual([])
  })

  it('writes feeds, the sitemap and every other .xml file as well-formed XML (saxes, a strict parser)', async () => {
    const { SaxesParser } = await import('saxes')
    const xmlFiles = files.filter(f => f.endsWith('.xml'))
    const roots: Record<string, string> = {}
    const problems: string[] = []
    for (const file of xmlFiles) {
      const parser = new SaxesParser({ xmlns: true })
      let root: string | undefined
      parser.on('opentag', (tag) => {
        root ??= tag.local
      })
      parser.on('error', (error) => {
        problems.push(`${relative(out, file)}: ${error.message}`)
      })
      parser.write(read(file)).close()
      roots[relative(out, file).split(sep).join('/')] = root ?? ''
    }
    expect(problems).toEqual([])
    expect(roots).toMatchObject({ 'sitemap.xml': 'urlset', 'research/feed.xml': 'rss', 'research/atom.xml': 'feed', 'blog/feed.xml': 'rss', 'blog/atom.xml': 'feed' })
  })
})

describe('search index in the export', () => {
  it('holds exactly the published pages: no draft, no 404 page, no catalogue', () => {
    // Each fragment is gzip: a "pagefind_dcd" signature, then the page's JSON record.
    const fragments = files.filter(f => f.endsWith('.pf_fragment'))
    const urls = fragments.map((f) => {
      const bytes = gunzipSync(readFileSync(f))
      expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd')
      return (JSON.parse(bytes.subarray(12).toString()) as { url: string }).url.replace(/(.)\/$/, '$1')
    })
    expect(urls.sort()).toEqual(repo.publishedPaths())
  })
})

describe('long-form pages in the export', () => {
  const pages = repo.publishedPaths().map(path => ({ path, html: read(pageFile(path)) }))
  const states = repo.indexStatePaths().map(path => ({ path, html: read(pageFile(path)) }))
  const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(m => decode(m[1]!)))

  it('lands every in-page link (table of contents, footnotes and their back links) on an element of that page', () => {
    const broken: string[] = []
    let checked = 0
    for (const { path, html } of [...pages, ...states]) {
      const known = ids(html)
      for (const m of html.matchAll(/\shref="#([^"]+)"/g)) {
        checked++
        if (!known.has(decode(m[1]!))) broken.push(`${path}#${m[1]}`)
      }
    }
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThan(100)
  })

  it('numbers or letters each page\'s notes as its content asks, under its own heading', () => {
    const styles = new Set<string>()
    for (const path of repo.publishedPaths()) {
      const page = repo.page(path)!
      if (!page.footnotes.length) continue
      styles.add(page.footnoteStyle)
      const list = /<ol class="(footnotes__list[^"]*)"/.exec(read(pageFile(path)))?.[1]
      expect(list, path).toBe(`footnotes__list footnotes__list--${page.footnoteStyle}`)
      expect(read(pageFile(path)), path).toMatch(new RegExp(`<h2 id="footnotes-heading"[^>]*>${page.notesHeading}</h2>`))
    }
    expect([...styles].sort()).toEqual(['capitals', 'letters', 'numbers'])
  })

  it('gives every article a table of contents unless it turns it off, and links each reference to its note and back', () => {
    const articles = pages.filter(p => repo.page(p.path)!.template === 'article')
    expect(articles.length).toBeGreaterThanOrEqual(12)
    let without = 0
    for (const { path, html } of articles) {
      if (repo.page(path)!.toc.length) {
        expect(html, path).toContain('aria-labelledby="toc-heading"')
      }
      else {
        expect(html, path).not.toContain('aria-labelledby="toc-heading"')
        without++
      }
      for (const note of repo.page(path)!.footnotes) {
        expect(html, `${path} ${note.id}`).toContain(`id="${note.id}"`)
        for (const refId of note.refIds) {
          expect(html).toContain(`id="${refId}"`)
          expect(html).toContain(`href="#${refId}"`)
        }
      }
    }
    expect(without).toBe(1)
  })

  it('prerenders every filter, order and page of the indexes, each with its own title and canonical URL', () => {
    expect(states.length).toBeGreaterThan(20)
    for (const { path, html } of states) {
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${path}"`))
      expect(html, path).not.toContain('data-pagefind-body')
    }
    const titles = new Set(states.map(s => /<title>([^<]*)/.exec(s.html)![1]))
    expect(titles.size).toBe(states.length)
  })

  it('links every tag, category and author of every entry to an index state that exists', () => {
    const links = pages.flatMap(({ path }) => {
      const page = repo.page(path)!
      return [...(page.category?.href ? [page.category.href] : []), ...page.tags.map(t => t.href), ...page.authors.map(a => a.href!)]
    })
    expect(links.length).toBeGreaterThan(60)
    expect(links.filter(href => !href || !existsSync(pageFile(href)))).toEqual([])
  })

  it('prerenders every category-and-tag pair that has entries, and no other', () => {
    for (const collection of ['research', 'blog']) {
      const entries = repo.entries(collection)
      const pairs = new Set(entries.flatMap(e => e.tags.map(t => `/${collection}/category/${slugify(e.category!)}/tag/${slugify(t)}`)))
      const exported = states.map(s => s.path).filter(p => p.startsWith(`/${collection}/category/`) && /\/tag\/[^/]+$/.test(p))
      expect(exported.sort(), collection).toEqual([...pairs].sort())
    }
  })

  it('loads KaTeX\'s stylesheet and fonts on pages with math, and never its JavaScript', () => {
    const withMath = pages.filter(p => p.html.includes('class="katex'))
    expect(withMath.length).toBeGreaterThanOrEqual(3)
    for (const { path, html } of withMath) expect(html, path).toMatch(/<link[^>]+href="\/katex\/[\d.]+\/katex\.min\.css"/)
    const css = files.find(f => f.endsWith(`${sep}katex.min.css`))!
    for (const m of read(css).matchAll(/url\(([^)]+)\)/g)) expect(existsSync(join(css, '..', m[1]!)), m[1]).toBe(true)
    const scripts = files.filter(f => f.endsWith('.js'))
    expect(scripts.filter(f => /KaTeX parse error|renderToString/.test(read(f)))).toEqual([])
    const stylesheet = /<link[^>]+katex\.min\.css/
    expect(pages.filter(p => !p.html.includes('class="katex') && stylesheet.test(p.html)).map(p => p.path)).toEqual([])
  })

  it('has the demo content the brief asks for', () => {
    const byTemplate = (t: string) => pages.filter(p => repo.page(p.path)!.template === t)
    expect(pages.length).toBeGreaterThanOrEqual(30)
    expect(byTemplate('post').length).toBeGreaterThanOrEqual(6)
    expect(byTemplate('policy').length).toBeGreaterThanOrEqual(3)
    const research = repo.entries('research').map(e => repo.page(e.path)!)
    expect(research.length).toBeGreaterThanOrEqual(12)
    expect(research.filter(p => p.blocks.some(b => b.type === 'math')).length).toBeGreaterThanOrEqual(3)
    expect(research.filter(p => p.blocks.some(b => b.type === 'table')).length).toBeGreaterThanOrEqual(3)
    expect(research.filter(p => p.footnotes.length > 0).length).toBeGreaterThanOrEqual(5)
    // The privacy policy holds a list three levels deep: a numbered list in a bullet list in a numbered list.
    expect(read(pageFile('/legal/privacy')).replace(/<!--[\s\S]*?-->/g, '')).toMatch(/<ol[^>]*><li[^>]*>(?:(?!<\/ol>)[\s\S])*?<ul[^>]*><li[^>]*>(?:(?!<\/ul>)[\s\S])*?<ol[^>]*><li/)
    // One article turns its table of contents off (probing-under-noise).
    expect(research.filter(p => !p.toc.length).map(p => p.path)).toEqual(['/research/probing-under-noise'])
    for (const page of research.filter(p => p.toc.length)) {
      expect(new Set(page.blocks.map(b => b.type)).size, page.path).toBeGreaterThanOrEqual(5)
      expect(page.toc.length, page.path).toBeGreaterThan(1)
    }
  })
})

describe('security headers for static hosts', () => {
  it('writes _headers with a CSP that allows exactly the inline scripts the pages run', async () => {
    // Read with parse5, not the parser the build uses. The notebook post's description quotes
    // `</script><script>alert(1)</script>`: inside an attribute that is text, not a script.
    const { parseHeadersFile } = await import('../../server/security/headers.mjs')
    const headers = parseHeadersFile(read(join(out, '_headers')))
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' })
    const csp = headers['content-security-policy']!
    expect(csp.split('; ').find(d => d.startsWith('script-src'))).not.toContain('unsafe-inline')
    const run = new Set(htmlFiles.flatMap(f => scriptsABrowserRuns(read(f))))
    expect(scriptSrcHashes(csp)).toEqual([...run].sort())
    expect(run.size).toBeGreaterThan(0)
    expect(scriptSrcHashes(csp)).not.toContain(`'sha256-${createHash('sha256').update('alert(1)').digest('base64')}'`)
  })
})

describe('JavaScript in the export', () => {
  const scripts = files.filter(f => f.endsWith('.js') && f.includes(`${sep}_nuxt${sep}`))
  /** The scripts a page asks the browser for up front: its entry and its modulepreload links. */
  const preloaded = (path: string) => [...read(pageFile(path)).matchAll(/<(?:link rel="modulepreload"[^>]*href|script[^>]+src)="(\/_nuxt\/[^"]+\.js)"/g)]
    .map(m => read(join(out, m[1]!)))

  it('fetches an embed\'s component only when a visitor comes near it: no page preloads or prefetches one', () => {
    const embedChunks = scripts.filter(f => /samples__tab|chart__plot|heatmap__token/.test(readFileSync(f, 'utf8'))).map(f => `/_nuxt/${f.split(sep).pop()}`)
    expect(embedChunks).toHaveLength(3)
    const html = read(pageFile('/research/sparse-circuits'))
    expect(html).toContain('class="embed__fallback"')
    for (const chunk of embedChunks) expect(html).not.toContain(chunk)
  })

  it('ships no zod: content is checked at build, and the browser needs only the names of embeds', () => {
    // zod's own error codes, in any chunk, mean a schema reached the browser (39 KB gzip once).
    expect(scripts.filter(f => /invalid_union|unrecognized_keys/.test(readFileSync(f, 'utf8'))).map(f => relative(out, f))).toEqual([])
  })

  it('ships no useFetch: this site never calls it, and Nuxt\'s barrel would otherwise keep it', () => {
    // modules/framework-internals.ts; the message is useFetch's own, so a renamed file fails here.
    expect(scripts.length).toBeGreaterThan(10)
    expect(scripts.filter(f => read(f).includes('[useFetch]')).map(f => relative(out, f))).toEqual([])
  })

  it('preloads no code for the parts of an article that never hydrate, which are still on the page', () => {
    const article = repo.entries('research').map(e => repo.page(e.path)!).find(p => p.footnotes.length && p.related.length && p.authors.length)!
    const html = read(pageFile(article.path))
    const code = preloaded(article.path)
    expect(code.length).toBeGreaterThan(3)
    // Class names that only the render code of each part holds.
    for (const marker of ['footnotes__item', 'authors__list', 'entry-card__meta']) {
      expect(html, marker).toContain(marker)
      expect(code.filter(c => c.includes(marker)), marker).toEqual([])
      expect(scripts.some(f => read(f).includes(marker)), marker).toBe(true)
    }
    // The table of contents and the share button do hydrate, and are preloaded: the share
    // button's module id is dropped like every components/ui one, so its chunk must still
    // arrive through the template's own import.
    for (const marker of ['toc__toggle', 'share__status']) expect(code.some(c => c.includes(marker)), marker).toBe(true)
  })

  it('asks V8 to compile the entry eagerly, off the main thread, and no chunk loaded on demand', () => {
    // modules/compile-hints.ts: the hint only counts as the file's first line.
    const entries = new Set(htmlFiles.flatMap(f => [...read(f).matchAll(/<script type="module" src="(\/_nuxt\/[^"]+\.js)"/g)].map(m => m[1]!)))
    expect(entries.size).toBe(1)
    const entry = join(out, [...entries][0]!)
    expect(read(entry).startsWith(compileHint)).toBe(true)
    expect(scripts.filter(f => f !== entry && read(f).includes('allFunctionsCalledOnLoad')).map(f => relative(out, f))).toEqual([])
  })

  it('leaves the mobile menu\'s contents out of every page until a visitor reaches for Menu', () => {
    const home = read(pageFile('/'))
    expect(home).toContain('id="mobile-menu"')
    expect(home).not.toContain('mobile-menu__groups')
    expect(preloaded('/').filter(c => c.includes('mobile-menu__groups'))).toEqual([])
    expect(scripts.some(f => read(f).includes('mobile-menu__groups'))).toBe(true)
  })
})
