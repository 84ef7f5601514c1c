import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession, waitForHydration } from './browser'
import type { Session } from './browser'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

describe('home page in Chromium', () => {
  it('shows the twelve blocks with no console error or hydration warning', async () => {
    const { page, problems } = await session.open('/')
    const types = await page.locator('main section.ui-block').evaluateAll(els => els.map(el => [...el.classList].find(c => c.startsWith('ui-block--'))))
    expect(types).toHaveLength(12)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('We study how learning systems come to understand the world')
    // Scroll through so every lazy image loads; none may fail.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo({ top: y, behavior: 'instant' })
        await new Promise(r => setTimeout(r, 100))
      }
    })
    await page.waitForLoadState('networkidle')
    const broken = await page.locator('img').evaluateAll(imgs => imgs.filter(i => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0).map(i => (i as HTMLImageElement).currentSrc))
    expect(broken).toEqual([])
    expect(problems).toEqual([])
  })

  it('draws every icon from the one sprite file, fetched once', async () => {
    const { page, problems } = await session.open('/')
    const sprites: string[] = []
    page.on('response', (r) => {
      if (r.url().includes('/_nuxt/icons.')) sprites.push(`${r.status()} ${r.url()}`)
    })
    await page.waitForLoadState('networkidle')
    // Icons on screen (not the ones in closed menus or hidden at this width), each drawn.
    const icons = await page.locator('svg > use').evaluateAll(uses => uses.filter(use => use.parentElement!.getClientRects().length > 0).map((use) => {
      const box = (use as SVGUseElement).getBBox()
      return { href: use.getAttribute('href'), drawn: box.width > 0 && box.height > 0 }
    }))
    // The header's chevrons and the footer's arrow and social marks at least.
    expect(icons.length).toBeGreaterThan(6)
    expect(icons.filter(i => !i.drawn)).toEqual([])
    expect(new Set(icons.map(i => i.href!.split('#')[0])).size).toBe(1)
    // The mobile menu's icons come from the same file, already in the browser's cache.
    const phone = await session.open('/', { viewport: { width: 390, height: 844 } })
    await phone.page.getByRole('button', { name: 'Menu' }).click()
    const close = phone.page.getByRole('dialog').locator('svg > use').first()
    await expect(close.evaluate(use => (use as SVGUseElement).getBBox().width)).resolves.toBeGreaterThan(0)
    expect(problems).toEqual([])
  })

  it('hydrates the icons as the server wrote them: no <use> is pointed at its symbol again', async () => {
    const { page, problems } = await session.open('/research/quiet-gradients')
    // Watch from before the page's first byte: Vue sets an attribute again on hydration when
    // its value differs from the server's, and a <use> given its href again redraws its icon.
    await page.addInitScript(() => {
      const writes: string[] = []
      Object.assign(window, { iconWrites: writes })
      new MutationObserver((records) => {
        for (const r of records) if ((r.target as Element).localName === 'use') writes.push(`${r.oldValue} -> ${(r.target as Element).getAttribute('href')}`)
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['href'], attributeOldValue: true })
    })
    await page.reload({ waitUntil: 'networkidle' })
    await waitForHydration(page)
    expect(await page.locator('svg > use').count()).toBeGreaterThan(10)
    expect(await page.evaluate(() => (window as unknown as { iconWrites: string[] }).iconWrites)).toEqual([])
    expect(problems).toEqual([])
  })

  it('uses the page theme for the document and sits a transparent header over the hero until scrolled', async () => {
    const { page } = await session.open('/')
    expect(await page.evaluate(() => document.documentElement.className)).toContain('theme-dark-gray')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(32, 34, 37)')
    const header = page.locator('header.site-header')
    expect(await header.evaluate(el => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
    expect(await header.evaluate(el => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)')
    await page.mouse.wheel(0, 1200)
    await page.waitForFunction(() => getComputedStyle(document.querySelector('header.site-header')!).backgroundColor !== 'rgba(0, 0, 0, 0)')
    // Back at the top, it is transparent over the hero again.
    await page.keyboard.press('Home')
    await page.waitForFunction(() => window.scrollY === 0 && !document.querySelector('header.site-header')!.classList.contains('is-solid'))
  })

  it('offers a skip link as the first thing a keyboard reaches, and it lands on the content', async () => {
    const { page } = await session.open('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip.evaluate(el => el === document.activeElement)).resolves.toBe(true)
    const box = await skip.boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'content')
  })

  it('marks the logo link as the current page on the home page only', async () => {
    const { page } = await session.open('/')
    await expect(page.locator('.site-header__logo').getAttribute('aria-current')).resolves.toBe('page')
    const about = await session.open('/about')
    await expect(about.page.locator('.site-header__logo').getAttribute('aria-current')).resolves.toBeNull()
  })

  it('has no horizontal scroll from 375 to 1920 pixels wide', async () => {
    for (const width of [375, 768, 1280, 1920]) {
      for (const path of ['/', '/research/sparse-circuits', '/about']) {
        const { page } = await session.open(path, { viewport: { width, height: 900 } })
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${path} at ${width}px`).toBe(0)
        await page.context().close()
      }
    }
  })

  it('goes back to the top from the footer, by mouse and by keyboard, and continues from the top', async () => {
    // The footer hydrates when the browser is idle: a click before that is replayed or waits.
    const { page, problems } = await session.open('/')
    const button = page.getByRole('button', { name: 'Back to top' })
    await button.scrollIntoViewIfNeeded()
    const skip = page.locator('.skip-link')
    await button.click()
    await page.waitForFunction(() => window.scrollY === 0)
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true)
    // After a click the skip link holds focus unseen: it does not cover the logo.
    expect(await skip.evaluate(el => el.matches(':focus-visible'))).toBe(false)
    expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height).toBeLessThanOrEqual(0)

    await button.focus()
    await page.waitForFunction(() => window.scrollY > 300)
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.scrollY === 0)
    // By keyboard it shows, and the next Tab goes on to the header.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true)
    expect(await skip.evaluate(el => el.matches(':focus-visible'))).toBe(true)
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-header__logo'))).toBe(true)
    expect(problems).toEqual([])
  })
})
