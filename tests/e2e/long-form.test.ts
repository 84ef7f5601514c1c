import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { audit, startSession, arrive } from './browser'
import type { Session } from './browser'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

const hashAfter = (page: Page) => page.evaluate(() => location.hash)

describe('a research article', () => {
  it('has a table of contents beside the text that follows the reading position', async () => {
    const { page, problems } = await session.open('/research/sparse-circuits')
    const toc = page.getByRole('navigation', { name: 'On this page' })
    expect(await toc.getByRole('link').allTextContents()).toEqual(['Summary', 'What we found', 'How we found it', 'Routing around the damage', 'What it does not show', 'Interim update'])
    // On a wide screen the list is always shown, and stays in view while the text scrolls.
    expect(await page.getByRole('button', { name: 'On this page' }).isVisible()).toBe(false)

    await toc.getByRole('link', { name: 'How we found it' }).click()
    await page.waitForFunction(() => document.querySelector('.toc [aria-current]')?.textContent?.trim() === 'How we found it')
    expect(await hashAfter(page)).toBe('#how-we-found-it')
    expect(await toc.isVisible()).toBe(true)
    const box = await toc.boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeLessThan(300)

    await page.evaluate(() => window.scrollTo(0, document.getElementById('routing-around-the-damage')!.getBoundingClientRect().top + window.scrollY - 100))
    await page.waitForFunction(() => document.querySelector('.toc [aria-current]')?.textContent?.trim() === 'Routing around the damage')
    expect(problems).toEqual([])
  })

  it('folds the table of contents behind a toggle on a phone', async () => {
    const { page, problems } = await session.open('/research/curriculum-drift', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const toggle = page.getByRole('button', { name: 'On this page' })
    const first = page.locator('.toc').getByRole('link', { name: 'Summary' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await first.isVisible()).toBe(false)
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await first.click()
    expect(await hashAfter(page)).toBe('#summary')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    // Nothing on the page is wider than the screen, the wide table included.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(problems).toEqual([])
  })

  it('links a footnote reference to its note and the note back to the reference, by keyboard', async () => {
    const { page, problems } = await session.open('/research/sparse-circuits')
    const ref = page.locator('#fnref-lambda')
    await ref.focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => location.hash === '#fn-lambda')
    expect(await page.locator('#fn-lambda').textContent()).toContain('We swept')
    const back = page.getByRole('link', { name: 'Back to reference 2' })
    await back.focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => location.hash === '#fnref-lambda')
    expect(await ref.isVisible()).toBe(true)
    // This page calls its notes References; endnotes and their references carry their roles.
    await expect(page.getByRole('heading', { name: 'References' }).count()).resolves.toBe(1)
    expect(await ref.getAttribute('role')).toBe('doc-noteref')
    expect(problems).toEqual([])
  })

  it('shows a page\'s own notes heading and marker style', async () => {
    const { page } = await session.open('/legal/privacy')
    const notes = page.locator('section[role="doc-endnotes"]')
    await expect(notes.getByRole('heading').textContent()).resolves.toBe('Footnotes')
    expect(await notes.locator('ol').evaluate(ol => getComputedStyle(ol).listStyleType)).toBe('upper-alpha')
    expect(await page.locator('a[role="doc-noteref"]').allTextContents()).toEqual(['A', 'B'])
  })

  it('renders math on the server with KaTeX styles and no math script', async () => {
    const { page, problems } = await session.open('/research/sparse-circuits')
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).filter(n => /katex/i.test(n)))
    expect(scripts.some(s => s.endsWith('katex.min.css'))).toBe(true)
    expect(scripts.filter(s => s.endsWith('.js'))).toEqual([])
    const formula = page.getByRole('group', { name: /^Formula/ }).first()
    expect(await formula.locator('.katex-html').isVisible()).toBe(true)
    // The MathML copy is for screen readers; KaTeX's stylesheet hides it from view.
    expect(await formula.locator('.katex-mathml').evaluate(el => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1)
    expect(problems).toEqual([])
  })

  it('copies its link and says so', async () => {
    const { page, problems } = await session.open('/research/tidal-memory', { permissions: ['clipboard-read', 'clipboard-write'] })
    await page.getByRole('button', { name: 'Copy link' }).click()
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://kestrel-lab.example/research/tidal-memory')
    // Beside it, the networks site.json names, as links that work with or without script.
    const shareOn = page.getByRole('list', { name: 'Share on' }).first()
    expect(await shareOn.getByRole('link').allTextContents()).toEqual(['Bluesky (opens in a new tab)', 'LinkedIn (opens in a new tab)', 'Hacker News (opens in a new tab)', 'Email'])
    expect(await shareOn.getByRole('link', { name: /LinkedIn/ }).getAttribute('href')).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent('https://kestrel-lab.example/research/tidal-memory')}`)
    expect(problems).toEqual([])
  })

  it('links its category and tags to the filtered index, and its related articles', async () => {
    const { page, problems } = await session.open('/research/tidal-memory')
    await page.locator('.article__eyebrow').getByRole('link', { name: 'Training' }).click()
    await arrive(page, '/research/category/training')
    expect(await page.locator('.index__status').textContent()).toContain('In “Training”')
    const titles = await page.locator('.index__cards h2').allTextContents()
    expect(titles.map(t => t.trim())).toContain('Tidal memory: recurrent state that forgets on purpose')

    const article = await session.open('/research/tidal-memory')
    const related = article.page.getByRole('region', { name: 'Related research' })
    expect(await related.locator('article').count()).toBe(3)
    await related.getByRole('link', { name: 'View all research' }).click()
    await article.page.waitForURL(/\/research$/)
    expect(problems).toEqual([])
    expect(article.problems).toEqual([])
  })

  it('shows the next article\'s own cover, notes, authors and related work after an in-app navigation', async () => {
    // These parts are server HTML that never hydrates: after a client-side navigation they must
    // be drawn anew for the next article, exactly as its own prerendered page has them.
    const parts = (page: Page) => page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent?.trim(),
      cover: document.querySelector('.article__cover img')?.getAttribute('src'),
      end: document.querySelector('.article__end')?.textContent?.replace(/\s+/g, ' ').trim(),
      related: [...document.querySelectorAll('.article__related .entry-card__title')].map(h => h.textContent?.trim()),
    }))
    const { page, problems } = await session.open('/research/tidal-memory')
    const before = await parts(page)
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    const card = page.getByRole('region', { name: 'Related research' }).locator('a').first()
    const href = await card.getAttribute('href')
    await card.click()
    await arrive(page, href!)
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    const after = await parts(page)
    const direct = await session.open(href!)
    expect(after).toEqual(await parts(direct.page))
    expect(after.title).not.toBe(before.title)
    expect(after.end).not.toBe(before.end)
    expect([...problems, ...direct.problems]).toEqual([])
  })

  it('plays its video only when asked, with captions', async () => {
    const { page, problems } = await session.open('/research/probing-under-noise')
    const video = page.locator('video')
    expect(await video.evaluate((v: HTMLVideoElement) => v.paused && !v.autoplay)).toBe(true)
    expect(await video.evaluate((v: HTMLVideoElement) => [...v.textTracks].map(t => `${t.kind}:${t.language}`))).toEqual(['captions:en'])
    expect(problems).toEqual([])
  })
})

describe('tables on a phone', () => {
  it('wrap their caption and long cells, and scroll sideways in a labelled box with a cue and a sticky first column', async () => {
    const { page, problems } = await session.open('/research/evaluation-debt', { viewport: { width: 375, height: 800 } })
    const tables = await page.evaluate(() => [...document.querySelectorAll('figure.table')].map((figure) => {
      const caption = figure.querySelector('.table__caption')!
      const box = figure.querySelector<HTMLElement>('.table__scroll')!
      const cells = [...figure.querySelectorAll('td, th')]
      const lineHeight = Number.parseFloat(getComputedStyle(cells[0]!).lineHeight)
      return {
        caption: caption.textContent!.trim(),
        captionRight: caption.getBoundingClientRect().right,
        captionLines: Math.round(caption.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(caption).lineHeight)),
        wraps: cells.some(c => c.getBoundingClientRect().height > 2.5 * lineHeight),
        overflows: box.scrollWidth > box.clientWidth,
        cue: getComputedStyle(box).backgroundImage,
        sticky: figure.classList.contains('table--sticky'),
      }
    }))
    expect(tables.length).toBe(2)
    for (const table of tables) expect(table.captionRight, table.caption).toBeLessThanOrEqual(375)
    const wide = tables.find(t => t.sticky)!
    expect(wide.captionLines).toBeGreaterThan(1)
    expect(wide.wraps).toBe(true)
    expect(wide.overflows).toBe(true)
    expect(wide.cue).toContain('radial-gradient')

    // Focusable, named by its caption, and scrolled with the arrow keys.
    const region = page.getByRole('region', { name: wide.caption })
    await region.focus()
    expect(await region.evaluate(el => el === document.activeElement && el.matches(':focus-visible'))).toBe(true)
    const firstCell = region.locator('tbody th').first()
    const before = (await firstCell.boundingBox())!.x
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate(el => el.scrollLeft)).toBeGreaterThan(100)
    // The first column stays where it was while the rest moves under it.
    expect((await firstCell.boundingBox())!.x).toBeCloseTo(before, 0)
    expect(await region.locator('tbody td').first().boundingBox().then(b => b!.x)).toBeLessThan(before + 200)
    expect(problems).toEqual([])
  })
})

describe('index pages', () => {
  it('fold their filter rows to one sideways-scrolling line each on a phone, so the first result follows on the same screen', async () => {
    const { page, problems } = await session.open('/research/tag/memory', { viewport: { width: 375, height: 667 } })
    const layout = await page.evaluate(() => {
      const controls = document.querySelector('.index__controls')!.getBoundingClientRect()
      const first = document.querySelector('.index__cards li')!.getBoundingClientRect()
      const rows = [...document.querySelectorAll<HTMLElement>('.index__controls .index__chips')]
      return {
        toFirstResult: first.top - controls.top,
        rows: rows.map(r => ({ scrolls: r.scrollWidth > r.clientWidth, oneLine: new Set([...r.children].map(c => Math.round(c.getBoundingClientRect().top))).size === 1 })),
        pageScrollsSideways: document.documentElement.scrollWidth > innerWidth,
      }
    })
    expect(layout.toFirstResult).toBeLessThan(667 - 100)
    expect(layout.rows.every(r => r.oneLine)).toBe(true)
    expect(layout.rows.some(r => r.scrolls)).toBe(true)
    expect(layout.pageScrollsSideways).toBe(false)
    // A chip reached with Tab scrolls into view within its row.
    const lastTag = page.locator('.index__controls .index__chips').nth(1).locator('a').last()
    await lastTag.focus()
    const box = (await lastTag.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(375)
    expect(problems).toEqual([])
  })

  it('filters by tag and category, sorts, and keeps each state at its own URL that opens directly', async () => {
    const { page, problems } = await session.open('/research')
    await page.getByRole('link', { name: /^memory/ }).click()
    await arrive(page, '/research/tag/memory')
    expect(await page.locator('.index__cards h2').allTextContents()).toHaveLength(1)
    await page.getByRole('link', { name: 'Oldest first' }).click()
    await arrive(page, '/research/tag/memory/oldest')
    expect(await page.getByRole('link', { name: 'Oldest first' }).getAttribute('aria-current')).toBe('true')

    const direct = await session.open('/research/category/interpretability/oldest')
    const dates = await direct.page.locator('.index__cards time').evaluateAll(els => els.map(e => e.getAttribute('datetime')))
    expect(dates.length).toBeGreaterThan(1)
    expect([...dates].sort()).toEqual(dates)
    expect(await direct.page.title()).toBe('Research: Interpretability, oldest first | Kestrel Lab')
    expect(problems).toEqual([])
    expect(direct.problems).toEqual([])
  })

  it('combines a category with a tag from the keyboard, each row counted within the other, and clears either', async () => {
    const { page, problems } = await session.open('/research/tag/circuits')
    const categories = page.getByRole('list', { name: 'Category' })
    // Only categories with circuits papers are offered, each counted within the tag.
    const offered = await categories.getByRole('link').allTextContents()
    expect(offered.map(t => t.replace(/\s+/g, ' ').trim())).toEqual(['All categories', 'Interpretability, 2 entries'])
    await categories.getByRole('link', { name: /^Interpretability/ }).focus()
    await page.keyboard.press('Enter')
    await arrive(page, '/research/category/interpretability/tag/circuits')
    expect((await page.locator('.index__status').textContent())!.trim()).toBe('In “Interpretability”, tagged “circuits”: 1–2 of 2')
    expect(await page.locator('.index__cards .entry-card__meta').allTextContents()).toEqual([expect.stringContaining('Interpretability'), expect.stringContaining('Interpretability')])
    expect(await page.title()).toBe('Research: Interpretability, tagged “circuits” | Kestrel Lab')
    // The pair narrows a page that is indexed on its own: crawlers follow it but do not list it.
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, follow')
    await page.getByRole('list', { name: 'Tag' }).getByRole('link', { name: 'All tags' }).click()
    await arrive(page, '/research/category/interpretability')
    expect((await page.locator('.index__status').textContent())!.trim()).toMatch(/^In “Interpretability”: 1–\d+ of \d+$/)
    expect(problems).toEqual([])
  })

  it('lists an author\'s work from their name on an article, with their own page and the way back', async () => {
    const { page, problems } = await session.open('/research/sparse-circuits')
    const authors = page.getByRole('region', { name: 'Authors' })
    expect(await authors.getByRole('heading', { level: 3 }).allTextContents()).toEqual([expect.stringContaining('Original post'), expect.stringContaining('Interim update')])
    expect(await authors.getByRole('list', { name: 'Interim update' }).getByRole('link').allTextContents()).toEqual([expect.stringContaining('Dev Mehta'), expect.stringContaining('Saoirse Lang')])
    await authors.getByRole('link', { name: 'Ines Calder' }).click()
    await arrive(page, '/research/author/ines-calder')
    expect((await page.locator('.index__status').textContent())!.trim()).toBe('By Ines Calder: 1–3 of 3')
    expect(await page.locator('.index__cards h2').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Sparse circuits')]))
    expect(await page.getByRole('link', { name: /More about Ines Calder/ }).getAttribute('href')).toBe('https://ines-calder.example')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://kestrel-lab.example/research/author/ines-calder')
    await page.getByRole('list', { name: 'Author' }).getByRole('link', { name: 'All authors' }).click()
    await arrive(page, '/research')
    expect(problems).toEqual([])
  })

  it('pages through the entries with links and the keyboard', async () => {
    const { page, problems } = await session.open('/research')
    const pages = page.getByRole('navigation', { name: 'Pages' })
    expect(await pages.getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page')
    await pages.getByRole('link', { name: /Next/ }).focus()
    await page.keyboard.press('Enter')
    await arrive(page, '/research/page/2')
    expect((await page.locator('.index__status').textContent())!.trim()).toMatch(/^13–\d+ of \d+$/)
    expect(await pages.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page')
    expect(problems).toEqual([])
  })

  it('answers an index state that does not exist with the 404 page', async () => {
    const { page } = await session.open('/research/page/9', { allowNotFound: true })
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('This page does not exist')
  })
})

describe('policy and post pages', () => {
  it('shows the policies side by side with the current one marked, and its updated date', async () => {
    const { page, problems } = await session.open('/legal/privacy')
    const nav = page.getByRole('navigation', { name: 'Policies' })
    // In the order and with the labels of navigation.json's list that holds them (the footer's small print).
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Terms of use', 'Privacy policy', 'Brand guidelines'].map(t => expect.stringContaining(t)))
    expect(await page.locator('.policy__label').textContent()).toContain('Legal')
    expect(await nav.getByRole('link', { name: 'Privacy policy' }).getAttribute('aria-current')).toBe('page')
    expect((await page.locator('.policy__header .eyebrow:not(.policy__label)').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Updated October 15, 2026')
    await nav.getByRole('link', { name: 'Terms of use' }).click()
    await arrive(page, '/legal/terms')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Terms of use')
    expect(problems).toEqual([])
  })

  it('shows a post with its date, reading time, authors and what it is filed under', async () => {
    const { page, problems } = await session.open('/blog/new-cluster')
    expect(await page.locator('.post__header .eyebrow').textContent()).toMatch(/November 10, 2026\s*·\s*\d+ minute read/)
    expect(await page.getByRole('region', { name: 'Written by' }).textContent()).toContain('Dev Mehta')
    await page.getByRole('link', { name: 'Announcements' }).click()
    await arrive(page, '/blog/category/announcements')
    expect(problems).toEqual([])
  })

  it('passes axe on an article, an index state, a policy and a post', async () => {
    for (const path of ['/research/sparse-circuits', '/research/tag/memory/oldest', '/research/author/ines-calder', '/legal/terms', '/legal/privacy', '/blog/new-cluster']) {
      const { page } = await session.open(path)
      expect(await audit(page), path).toEqual([])
    }
  })
})

describe('content security policy', () => {
  it('is sent with every page, and nothing on a page with math, video, tabs and search breaks it', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] }
      w.violations = []
      document.addEventListener('securitypolicyviolation', e => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    const response = await page.goto(`${session.baseUrl}/research/probing-under-noise`, { waitUntil: 'networkidle' })
    expect(response!.headers()['content-security-policy']).toContain(`script-src 'self'`)
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForFunction(() => document.activeElement?.id === 'search-input')
    await page.keyboard.type('probe')
    await page.locator('#search-results li').first().waitFor()
    await page.evaluate(() => (document.querySelector('video') as HTMLVideoElement).load())
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    await context.close()
  })
})
