import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession, arrive } from './browser'
import type { Session } from './browser'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

describe('search on the static export', () => {
  it('loads nothing of search until the panel opens, then finds pages as the visitor types', async () => {
    const { page, problems } = await session.open('/about')
    const searchRequests: string[] = []
    const codeRequests: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) searchRequests.push(r.url())
      if (r.url().includes('/_nuxt/') && r.url().endsWith('.js')) codeRequests.push(r.url())
    })
    // Everything the page loads by itself, at load and when idle, has arrived.
    await page.waitForLoadState('networkidle')
    expect(searchRequests).toEqual([])
    // Not even the form is on the page, or its code loaded, before search is opened.
    expect(await page.locator('#search-panel input').count()).toBe(0)
    const codeBefore = codeRequests.length

    const button = page.getByRole('button', { name: 'Search', exact: true })
    await button.click()
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true')
    const input = page.getByRole('searchbox', { name: 'Search' }).first()
    await page.waitForFunction(() => document.activeElement?.id === 'search-input')
    expect(codeRequests.length).toBeGreaterThan(codeBefore)
    expect(await input.getAttribute('placeholder')).toBe('Search for anything')

    await page.keyboard.type('circuits')
    const results = page.locator('#search-results li')
    await results.first().waitFor()
    expect(searchRequests.length).toBeGreaterThan(0)
    expect(await results.first().innerText()).toContain('Sparse circuits in small language models')
    expect(await results.first().locator('mark').first().innerText()).toMatch(/circuits/i)
    await expect(page.locator('.site-search [role="status"]').innerText()).resolves.toMatch(/\d+ results? for “circuits”/)
    expect(problems).toEqual([])
  })

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { page } = await session.open('/about')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForFunction(() => document.activeElement?.id === 'search-input')
    await page.keyboard.type('residency')
    await page.locator('#search-results li').first().waitFor()
    await page.keyboard.press('ArrowDown')
    const first = page.locator('#search-results a').first()
    expect(await first.evaluate(el => el === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowDown')
    expect(await page.locator('#search-results a').nth(1).evaluate(el => el === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    expect(await page.getByRole('searchbox').first().evaluate(el => el === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowDown')
    const href = await first.getAttribute('href')
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${href}`)
    expect(await page.locator('#search-panel').isVisible()).toBe(false)
  })

  it('keeps the page\'s controls out of what it finds and shows', async () => {
    // Heading anchors, share buttons, the table of contents and the video's pause button are
    // not content: "What we collect#Link to this section" is not a heading.
    const { page } = await session.open('/about')
    const controls = ['Link to this section', 'Copy link', 'On this page', 'Back to top', 'background video']
    // Pagefind's own API, as the search panel uses it (a string, so the test runner leaves the import be).
    await page.evaluate('import("/pagefind/pagefind.js").then(m => { window.__pagefind = m })')
    const found = await page.evaluate(async ({ controls }) => {
      type Result = { data: () => Promise<{ url: string, content: string, sub_results: Array<{ title: string, excerpt: string }> }> }
      const pagefind = (window as unknown as { __pagefind: { search: (q: string) => Promise<{ results: Result[] }> } }).__pagefind
      const out: string[] = []
      let pages = 0
      for (const word of ['link', 'section', 'copy', 'page', 'top', 'video', 'collect', 'residency']) {
        for (const result of (await pagefind.search(word)).results) {
          const data = await result.data()
          pages++
          const text = [data.content, ...data.sub_results.flatMap(s => [s.title, s.excerpt])].join(' | ')
          for (const control of controls) if (text.includes(control)) out.push(`${data.url}: ${control}`)
        }
      }
      return { out: [...new Set(out)], pages }
    }, { controls })
    expect(found.pages).toBeGreaterThan(10)
    expect(found.out).toEqual([])
  })

  it('says when nothing matches, and Escape closes the panel back to the Search button', async () => {
    const { page } = await session.open('/about')
    const button = page.getByRole('button', { name: 'Search', exact: true })
    await button.click()
    await page.waitForFunction(() => document.activeElement?.id === 'search-input')
    await page.keyboard.type('zzqxv')
    await page.getByText('No results for “zzqxv”.').waitFor()
    expect(await page.locator('#search-results li').count()).toBe(0)
    await page.keyboard.press('Escape')
    expect(await page.locator('#search-panel').isVisible()).toBe(false)
    expect(await button.evaluate(el => el === document.activeElement)).toBe(true)
  })

  it('works from the search field at the bottom of the mobile menu', async () => {
    const { page } = await session.open('/about', { viewport: { width: 390, height: 844 } })
    expect(await page.getByRole('button', { name: 'Search', exact: true }).isVisible()).toBe(false)
    await page.getByRole('button', { name: 'Menu' }).click()
    const dialog = page.getByRole('dialog', { name: 'Menu' })
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('tidal')
    await dialog.locator('#mobile-search-results li').first().waitFor()
    await dialog.locator('#mobile-search-results a').first().click()
    await arrive(page, '/research/tidal-memory')
    await page.waitForFunction(() => !document.querySelector('dialog')?.open)
  })
})
