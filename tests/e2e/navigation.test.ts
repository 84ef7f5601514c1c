import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startSession, arrive, waitForHydration } from './browser'
import type { Session } from './browser'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

/** The text of every script the page has loaded since it opened, in-app navigations included. */
async function loadedScripts(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.js')))
  return Promise.all(urls.map(url => page.evaluate(u => fetch(u).then(r => r.text()), url)))
}

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null
  return el ? `${el.tagName.toLowerCase()}:${el.textContent?.trim().replace(/\s+/g, ' ')}` : ''
})

describe('header navigation on a wide screen', () => {
  it('opens a dropdown with Enter or Space, moves into it with Tab, and closes on Escape back to its button', async () => {
    const { page, problems } = await session.open('/about')
    const research = page.getByRole('button', { name: 'Research' })
    await research.focus()
    await page.keyboard.press('Enter')
    await expect(research.getAttribute('aria-expanded')).resolves.toBe('true')
    const overview = page.getByRole('link', { name: 'Research overview' })
    expect(await overview.isVisible()).toBe(true)

    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('a:Research overview')
    await page.keyboard.press('Escape')
    await expect(research.getAttribute('aria-expanded')).resolves.toBe('false')
    expect(await overview.isVisible()).toBe(false)
    expect(await focused(page)).toBe('button:Research')

    await page.keyboard.press('Space')
    await expect(research.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.keyboard.press('Space')
    await expect(research.getAttribute('aria-expanded')).resolves.toBe('false')
    expect(problems).toEqual([])
  })

  it('keeps one dropdown open at a time, and closes it when focus or a click goes elsewhere', async () => {
    const { page } = await session.open('/about')
    const research = page.getByRole('button', { name: 'Research' })
    const company = page.getByRole('button', { name: 'Company' })
    await research.click()
    await company.click()
    await expect(research.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(company.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.locator('h1').click()
    await expect(company.getAttribute('aria-expanded')).resolves.toBe('false')

    await company.focus()
    await page.keyboard.press('Enter')
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
    await expect(company.getAttribute('aria-expanded')).resolves.toBe('false')
  })

  it('marks the section of the page on screen, on articles and index states too, and moves the mark on navigation', async () => {
    const marks = (page: Page) => page.locator('.site-header__nav').evaluate(nav => [...nav.querySelectorAll('[aria-current]')]
      .map(el => `${el.textContent!.trim()}=${el.getAttribute('aria-current')}:${getComputedStyle(el).boxShadow !== 'none'}`))
    const { page, problems } = await session.open('/research/sparse-circuits')
    expect(await marks(page)).toEqual(['Research=true:true'])
    await page.locator('footer').getByRole('link', { name: 'About', exact: true }).click()
    await arrive(page, '/about')
    await expect.poll(() => marks(page)).toEqual(['Company=true:true'])
    const state = await session.open('/research/tag/memory')
    expect(await marks(state.page)).toEqual(['Research=true:true'])
    const safety = await session.open('/safety')
    expect(await marks(safety.page)).toEqual(['Safety=page:true'])
    const home = await session.open('/')
    expect(await marks(home.page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('shows a dropdown\'s featured card beside its links, picture and all', async () => {
    const { page, problems } = await session.open('/about')
    await page.getByRole('button', { name: 'Research' }).click()
    const card = page.locator('.dropdown__featured')
    await card.waitFor()
    expect(await card.getAttribute('href')).toBe('/research/sparse-circuits')
    expect(await card.innerText()).toContain('Sparse circuits in small language models')
    const image = card.locator('img')
    await expect.poll(() => image.evaluate(img => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    // Beside the links, not under them.
    const list = (await page.locator('.dropdown__list').boundingBox())!
    expect((await card.boundingBox())!.x).toBeGreaterThan(list.x + list.width - 1)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Tools' }).click()
    expect(await page.locator('.dropdown__featured').innerText()).toContain('Tidewater datasets')
    expect(await page.locator('.dropdown__featured img').count()).toBe(0)
    await page.locator('.dropdown__featured').click()
    await arrive(page, '/tools/datasets')
    expect(problems).toEqual([])
  })

  it('follows a dropdown link to its page', async () => {
    const { page, problems } = await session.open('/about')
    await page.getByRole('button', { name: 'Tools' }).click()
    await page.getByRole('link', { name: 'Atlas' }).first().click()
    await arrive(page, '/tools/atlas')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Atlas')
    expect(problems).toEqual([])
  })

  it('opens external links in a new tab with an arrow icon', async () => {
    const { page } = await session.open('/about')
    await page.getByRole('button', { name: 'Developers' }).click()
    const link = page.getByRole('link', { name: /Code repository/ }).first()
    await expect(link.getAttribute('target')).resolves.toBe('_blank')
    await expect(link.getAttribute('rel')).resolves.toContain('noopener')
    expect(await link.locator('svg').count()).toBe(1)
  })
})

describe('mobile menu on a phone', () => {
  const phone = { viewport: { width: 375, height: 812 }, hasTouch: true }

  it('opens a modal dialog, keeps Tab inside it, and returns focus to Menu on Escape', async () => {
    const { page, problems } = await session.open('/about', phone)
    expect(await page.locator('nav.site-header__nav').isVisible()).toBe(false)
    const menu = page.getByRole('button', { name: 'Menu' })
    await menu.click()
    const dialog = page.getByRole('dialog', { name: 'Menu' })
    expect(await dialog.isVisible()).toBe(true)
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
    expect(await dialog.evaluate(d => d.contains(document.activeElement))).toBe(true)

    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab')
      expect(await dialog.evaluate(d => d.contains(document.activeElement)), `Tab ${i + 1}`).toBe(true)
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab')
      expect(await dialog.evaluate(d => d.contains(document.activeElement))).toBe(true)
    }
    await page.keyboard.press('Escape')
    expect(await dialog.isVisible()).toBe(false)
    expect(await focused(page)).toBe('button:Menu')
    expect(problems).toEqual([])
  })

  it('expands one group at a time and navigates, closing the menu', async () => {
    const { page } = await session.open('/about', phone)
    await page.getByRole('button', { name: 'Menu' }).click()
    const dialog = page.getByRole('dialog', { name: 'Menu' })
    const company = dialog.getByRole('button', { name: 'Company' })
    const research = dialog.getByRole('button', { name: 'Research' })
    await company.click()
    await expect(company.getAttribute('aria-expanded')).resolves.toBe('true')
    await research.click()
    await expect(company.getAttribute('aria-expanded')).resolves.toBe('false')
    await dialog.getByRole('link', { name: 'Blog' }).click()
    await arrive(page, '/blog')
    await page.waitForFunction(() => !document.querySelector('dialog')?.open)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Blog')
  })
})

describe('page transitions', () => {
  /** Every phase the overlay goes through while `action` runs and the next page settles. */
  async function phasesDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
    await page.evaluate(() => {
      const overlay = document.querySelector('.page-transition')!
      const seen: string[] = []
      ;(window as unknown as { __phases: string[] }).__phases = seen
      new MutationObserver(() => {
        const phase = overlay.getAttribute('data-phase')!
        if (seen[seen.length - 1] !== phase) seen.push(phase)
      }).observe(overlay, { attributes: true, attributeFilter: ['data-phase'] })
    })
    await action()
    await page.waitForFunction(() => document.querySelector('.page-transition')?.getAttribute('data-phase') === 'idle')
    return page.evaluate(() => (window as unknown as { __phases: string[] }).__phases)
  }

  it('closes the shutter over the home page in a staggered wave and opens it on the next page', async () => {
    const { page, problems } = await session.open('/')
    const strips = page.locator('.page-transition__strip')
    expect(await strips.count()).toBe(36)
    const delays = await strips.evaluateAll(els => els.map(el => Number.parseFloat(getComputedStyle(el).transitionDelay)))
    // Each strip waits a little longer than the one below it.
    for (let i = 0; i < delays.length - 1; i++) expect(delays[i]!).toBeGreaterThan(delays[i + 1]!)
    const phases = await phasesDuring(page, async () => {
      await page.getByRole('link', { name: 'Read the charter' }).click()
      await arrive(page, '/charter')
    })
    expect(phases).toEqual(['closing', 'closed', 'opening', 'idle'])
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Charter')
    expect(await page.evaluate(() => document.documentElement.className)).toContain('theme-light-gray')
    expect(problems).toEqual([])
  })

  it('plays the transition of the page arriving, in both directions', async () => {
    // The charter appears with the shutter, the about page with a fade: whichever is left.
    // The overlay drawn while it closes (a MutationObserver sees the fade's 150 ms too).
    const overlayDuring = async (page: Page, action: () => Promise<void>) => {
      await page.evaluate(() => {
        const overlay = document.querySelector('.page-transition')!
        const seen: string[] = []
        ;(window as unknown as { __closing: string[] }).__closing = seen
        new MutationObserver(() => {
          if (overlay.getAttribute('data-phase') === 'closing') seen.push(overlay.className)
        }).observe(overlay, { attributes: true })
      })
      await action()
      await page.waitForFunction(() => document.querySelector('.page-transition')?.getAttribute('data-phase') === 'idle')
      return (await page.evaluate(() => (window as unknown as { __closing: string[] }).__closing)).join(' ')
    }
    const { page } = await session.open('/about')
    expect(await overlayDuring(page, async () => {
      await page.getByRole('link', { name: 'Read the charter' }).click()
      await arrive(page, '/charter')
    })).toContain('page-transition--shutter')
    expect(await overlayDuring(page, async () => {
      await page.locator('footer').getByRole('link', { name: 'About', exact: true }).click()
      await arrive(page, '/about')
    })).toContain('page-transition--simple')
  })

  it('fades for the simple transition, and shows the loading state meanwhile', async () => {
    const { page } = await session.open('/charter')
    const sawLoading = page.waitForSelector('[role="status"] .sr-only', { state: 'attached' })
    const phases = await phasesDuring(page, async () => {
      await page.locator('footer').getByRole('link', { name: 'About', exact: true }).click()
      await arrive(page, '/about')
    })
    expect(phases[0]).toBe('closing')
    expect(phases).toContain('idle')
    await expect(sawLoading).resolves.toBeTruthy()
    await page.waitForFunction(() => !document.querySelector('main')?.hasAttribute('aria-busy'))
  })

  it('is instant for visitors who ask for reduced motion', async () => {
    const { page } = await session.open('/', { reducedMotion: 'reduce' })
    const phases = await phasesDuring(page, async () => {
      await page.getByRole('link', { name: 'Read the charter' }).click()
      await arrive(page, '/charter')
      await page.getByRole('heading', { level: 1, name: 'Charter' }).waitFor()
    })
    expect(phases).toEqual([])
  })
})

describe('client-side navigation', () => {
  it('lands on the new page with scroll at the top and focus on its content', async () => {
    const { page, problems } = await session.open('/about')
    await page.locator('footer').getByRole('link', { name: 'Charter' }).scrollIntoViewIfNeeded()
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
    await page.locator('footer').getByRole('link', { name: 'Charter' }).click()
    await arrive(page, '/charter')
    await page.getByRole('heading', { level: 1, name: 'Charter' }).waitFor()
    await page.waitForFunction(() => document.activeElement?.id === 'content')
    await page.waitForFunction(() => window.scrollY === 0)
    expect(problems).toEqual([])
  })

  it('reads the next page\'s data from its prerendered payload, and fetches no list of routes first', async () => {
    const { page, problems } = await session.open('/about')
    const asked: string[] = []
    page.on('request', request => asked.push(new URL(request.url()).pathname))
    await page.locator('footer').getByRole('link', { name: 'Charter' }).click()
    await arrive(page, '/charter')
    expect(asked).toContain('/charter/_payload.json')
    // No API call (the static host has no API) and no app manifest (nuxt.config.ts, appManifest).
    expect(asked.filter(path => path.startsWith('/api/') || path.startsWith('/_nuxt/builds/'))).toEqual([])
    expect(problems).toEqual([])
  })
})

describe('a URL with a trailing slash, as many static hosts redirect to', () => {
  it('behaves exactly like the one without: focus stays put, the data arrives once', async () => {
    const seen: Record<string, { focus: string, data: string[], current: string | null, url: string }> = {}
    for (const path of ['/about', '/about/']) {
      const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } })
      const page = await context.newPage()
      const data: string[] = []
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (url.pathname.endsWith('_payload.json') || url.pathname.startsWith('/api/')) data.push(url.pathname)
      })
      await page.goto(session.baseUrl + path, { waitUntil: 'networkidle' })
      await waitForHydration(page)
      await page.waitForTimeout(300)
      const focus = await page.evaluate(() => document.activeElement?.tagName ?? '')
      await page.keyboard.press('Tab')
      const first = await page.evaluate(() => document.activeElement?.className ?? '')
      const current = await page.locator('.site-footer a[aria-current="page"]').first().getAttribute('href').catch(() => null)
      seen[path] = { focus: `${focus}, then Tab: ${first}`, data, current, url: new URL(page.url()).pathname }
      await context.close()
    }
    expect(seen['/about']!.focus).toBe('BODY, then Tab: skip-link')
    expect(seen['/about/']).toEqual(seen['/about'])
  })
})

describe('the announcement banner', () => {
  it('shows the site\'s above the footer, a page\'s own at the top, none where a page turns it off, and follows navigation', async () => {
    const banner = (page: Page) => page.locator('aside[aria-label="Announcement"]').evaluateAll(els => els.map(el => ({
      placement: el.classList.contains('cta-banner--top') ? 'top' : 'footer',
      links: [...el.querySelectorAll('a')].map(a => a.textContent!.trim()),
      // The top banner sits below the fixed header, never under it.
      belowHeader: el.getBoundingClientRect().top >= document.querySelector('.site-header')!.getBoundingClientRect().bottom - 1,
    })))
    const { page, problems } = await session.open('/')
    expect(await banner(page)).toEqual([{ placement: 'footer', links: ['Read about the residency', 'Past residents'], belowHeader: true }])
    const careers = await session.open('/careers')
    expect(await banner(careers.page)).toEqual([{ placement: 'top', links: ['Write to us', 'Meet the team'], belowHeader: true }])
    const contact = await session.open('/contact')
    expect(await banner(contact.page)).toEqual([])
    // In the app: the next page's banner replaces this one.
    await careers.page.locator('footer').getByRole('link', { name: 'About', exact: true }).click()
    await arrive(careers.page, '/about')
    await expect.poll(() => banner(careers.page)).toEqual([{ placement: 'footer', links: ['Read about the residency', 'Past residents'], belowHeader: true }])
    expect([...problems, ...careers.problems, ...contact.problems]).toEqual([])
  })
})

describe('the footer and the announcement banner, which hydrate when the browser is idle', () => {
  const footerMarks = (page: Page) => page.locator('footer.site-footer a[href^="/"]').evaluateAll(links => Object.fromEntries(links.map(a => [a.getAttribute('href'), `${a.getAttribute('aria-current') ?? '-'} ${a.classList.contains('router-link-exact-active')}`])))

  it('mark the page on screen after each in-app navigation as the server marks it there', async () => {
    // What the server wrote into /charter's own footer: the marks to expect after arriving there.
    const direct = await session.open('/charter')
    const expected = await footerMarks(direct.page)
    expect(expected['/charter']).toBe('page true')

    const { page, problems } = await session.open('/about')
    expect((await footerMarks(page))['/about']).toBe('page true')
    await page.locator('footer').getByRole('link', { name: 'Charter' }).click()
    await arrive(page, '/charter')
    await page.waitForFunction(() => document.querySelector('footer.site-footer a[href="/charter"]')?.getAttribute('aria-current') === 'page')
    expect(await footerMarks(page)).toEqual(expected)

    // The banner's link (to the residency) is marked once the visitor is there, and unmarked after.
    const banner = page.getByRole('complementary', { name: 'Announcement' }).getByRole('link').first()
    await banner.click()
    await arrive(page, '/residency')
    await expect.poll(() => banner.getAttribute('aria-current')).toBe('page')
    await page.goBack()
    await arrive(page, '/charter')
    await expect.poll(() => banner.getAttribute('aria-current')).toBeNull()
    expect(await footerMarks(page)).toEqual(expected)

    expect([...direct.problems, ...problems]).toEqual([])
  })
})

describe('links inside blocks that never hydrate', () => {
  // Text blocks are left as server HTML (components/blocks/registry.ts); their links are plain
  // <a> elements that plugins/app-links.client.ts keeps inside the app.
  it('navigate within the app on click and on Enter, without reloading the page', async () => {
    const { page, problems } = await session.open('/about')
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    const link = page.locator('.ui-block--heading-with-text').getByRole('link', { name: 'Read the charter' })
    await link.click()
    await arrive(page, '/charter')
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)

    await page.goBack()
    await arrive(page, '/about')
    await page.locator('.ui-block--heading-with-text').getByRole('link', { name: 'Read the charter' }).focus()
    await page.keyboard.press('Enter')
    await arrive(page, '/charter')
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    expect(problems).toEqual([])
  })

  it('are server HTML only: a block\'s code is fetched when the browser itself renders one', async () => {
    // Start on a page with no testimonial, so its block is rendered in the browser after the
    // navigation; then open a page that has one directly, where it stays server HTML.
    const marker = 'testimonial__quote' // a class only the testimonial's render code holds
    const { page, problems } = await session.open('/about')
    const scripts: string[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') void response.text().then(t => scripts.push(t), () => undefined)
    })
    await page.locator('footer').getByRole('link', { name: 'Careers' }).click()
    await arrive(page, '/careers')
    await page.locator('.testimonial__quote').first().waitFor()
    await expect.poll(() => scripts.some(s => s.includes(marker))).toBe(true)

    const direct = await session.open('/careers')
    const texts = await loadedScripts(direct.page)
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.filter(t => t.includes(marker))).toEqual([])
    expect(await direct.page.locator('.testimonial__quote').count()).toBeGreaterThan(0)
    expect([...problems, ...direct.problems]).toEqual([])
  })

  it('leave new-tab clicks, files and in-page anchors to the browser', async () => {
    const { page, problems } = await session.open('/research/quiet-gradients')
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    const note = page.locator('.ui-block--rich-text a[href^="#fn-"]').first()
    await note.click()
    await page.waitForURL(url => new URL(url).hash.startsWith('#fn-'))
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    const popup = page.context().waitForEvent('page')
    await page.locator('.ui-block--button-group').getByRole('link').first().click({ modifiers: ['Control'] })
    const opened = await popup
    await opened.waitForLoadState()
    expect(new URL(opened.url()).pathname).toBe('/tools/atlas')
    expect(new URL(page.url()).pathname).toBe('/research/quiet-gradients')
    expect(problems).toEqual([])
  })
})

describe('links to the site\'s files', () => {
  it('are left to the browser even on a page drawn after an in-app navigation: no data prefetched, the file opens', async () => {
    const { page, problems } = await session.open('/blog/new-cluster')
    await page.locator('footer').getByRole('link', { name: 'Blog', exact: true }).click()
    await arrive(page, '/blog')
    // The page was drawn by the app. Reached by keyboard, so that no other link is pointed at
    // on the way (pointing at one fetches its page ahead, which the navigation then cuts off):
    // the pointer, left where the footer link was, is moved off every link first, and any
    // fetch it started is let finish.
    await page.mouse.move(1, 1)
    await page.waitForLoadState('networkidle')
    const feed = page.getByRole('link', { name: 'RSS feed' })
    const asked: string[] = []
    page.on('request', request => asked.push(new URL(request.url()).pathname))
    await feed.focus()
    await page.waitForLoadState('networkidle')
    expect(asked.filter(path => path.includes('feed.xml') || path.endsWith('_payload.json'))).toEqual([])
    const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])
    expect(new URL(page.url()).pathname).toBe('/blog/feed.xml')
    expect(response!.headers()['content-type']).toMatch(/xml/)
    expect(problems).toEqual([])
  })
})

describe('a page that does not exist', () => {
  it('answers 404 with the header, the footer and a way back home', async () => {
    const { page, problems } = await session.open('/no/such/page', { allowNotFound: true })
    const response = await page.request.get(`${session.baseUrl}/no/such/page`)
    expect(response.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'This page does not exist' }).waitFor()
    expect(await page.locator('header.site-header nav.site-header__nav').isVisible()).toBe(true)
    expect(await page.locator('footer.site-footer').count()).toBe(1)
    // This footer is drawn by the browser (the error page renders in it): Back to top answers.
    await page.getByRole('button', { name: 'Back to top' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.classList.contains('skip-link'))
    await page.getByRole('link', { name: 'Back to the home page' }).click()
    await page.waitForURL(`${session.baseUrl}/`)
    await page.getByRole('heading', { level: 1, name: 'We study how learning systems come to understand the world' }).waitFor()
    expect(await page.locator('footer.site-footer').count()).toBe(1)
    await expect.poll(() => page.locator('footer .site-footer__logo').getAttribute('aria-current')).toBe('page')
    expect(problems).toEqual([])
  })

  it('asks for nothing the static host lacks, and offers the section the address points into and search', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const failed: string[] = []
    const errors: string[] = []
    page.on('response', response => response.status() >= 400 && failed.push(`${response.status()} ${new URL(response.url()).pathname}`))
    page.on('console', message => message.type() === 'error' && !/status of 404/.test(message.text()) && errors.push(message.text()))
    page.on('pageerror', error => errors.push(error.message))
    await page.goto(`${session.baseUrl}/research/sparse-circuit`, { waitUntil: 'networkidle' })
    await waitForHydration(page)
    // Only the address itself is missing: no /api/ call, no payload of a page that is not there.
    expect(failed).toEqual(['404 /research/sparse-circuit'])
    expect(errors).toEqual([])
    // One page stands for every unknown address: the address bar keeps the one asked for.
    expect(new URL(page.url()).pathname).toBe('/research/sparse-circuit')
    await page.getByRole('link', { name: 'Go to Research' }).waitFor()
    const search = page.getByRole('searchbox', { name: 'Search' }).last()
    await search.fill('circuits')
    await page.locator('#not-found-search-results li').first().waitFor()
    await page.getByRole('link', { name: 'Go to Research' }).click()
    await arrive(page, '/research')
    await page.getByRole('heading', { level: 1, name: 'Research' }).waitFor()
    await context.close()
  })

  it('reads whole without JavaScript: title, text, the way home, header and footer', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${session.baseUrl}/no/such/page`)
    expect(response!.status()).toBe(404)
    expect(await page.title()).toContain('Page not found')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This page does not exist')
    expect(await page.getByRole('link', { name: 'Back to the home page' }).getAttribute('href')).toBe('/')
    expect(await page.locator('footer.site-footer a').count()).toBeGreaterThan(10)
    expect(await page.locator('header.site-header').count()).toBe(1)
    await context.close()
  })
})
