import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page, Route } from 'playwright-core'
import { audit, startSession } from './browser'
import type { Session } from './browser'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

/**
 * Holds back (or fails) the chunk of one embed's component, found by a class name its
 * template uses: chunk file names are content hashes.
 */
async function interceptChunk(page: Page, marker: string, action: (route: Route, body: string) => Promise<void>) {
  await page.route('**/_nuxt/*.js', async (route) => {
    const response = await route.fetch()
    const body = await response.text()
    if (body.includes(marker)) return action(route, body)
    return route.fulfill({ response, body })
  })
}

describe('embeds', () => {
  it('load the sample viewer only when a visitor scrolls to it, saying so while it loads, then answer the keyboard', async () => {
    const { page, problems } = await session.open('/research/curriculum-drift')
    const embed = page.getByRole('region', { name: 'Answers from two training orders' })
    // Served with the text fallback, and nothing fetched for the component yet.
    expect(await embed.textContent()).toContain('Each tab answers the prompt')
    expect(await page.getByRole('tab').count()).toBe(0)
    let release!: () => void
    const held = new Promise<void>(resolve => (release = resolve))
    await interceptChunk(page, 'samples__tab', async (route, body) => {
      await held
      await route.fulfill({ body, contentType: 'text/javascript' })
    })

    await embed.scrollIntoViewIfNeeded()
    const status = embed.getByRole('status')
    await expect.poll(() => status.textContent()).toBe('Loading the interactive sample viewer…')
    expect(await status.isVisible()).toBe(true)
    expect(await embed.getAttribute('aria-busy')).toBe('true')
    release()
    await page.getByRole('tab').first().waitFor()
    expect(await status.textContent()).toBe('The interactive sample viewer is ready.')
    expect(await embed.textContent()).not.toContain('Each tab answers the prompt')

    const tabs = page.getByRole('tab')
    await tabs.first().focus()
    await page.keyboard.press('ArrowRight')
    expect(await focusedText(page)).toBe('Order B')
    expect(await page.getByRole('tabpanel').textContent()).toContain('The Marrow')
    await page.keyboard.press('End')
    expect(await focusedText(page)).toBe('Order A, later')
    await page.keyboard.press('Home')
    expect(await focusedText(page)).toBe('Order A')
    await page.keyboard.press('ArrowLeft')
    expect(await tabs.nth(2).getAttribute('aria-selected')).toBe('true')
    // Tab leaves the tab list for the panel: only the selected tab is a tab stop.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel')
    expect(problems).toEqual([])
  })

  it('read a line chart\'s values from the keyboard, and hide a line from its legend', async () => {
    const { page, problems } = await session.open('/research/sparse-circuits')
    const embed = page.getByRole('region', { name: 'Accuracy as units are removed' })
    await embed.scrollIntoViewIfNeeded()
    const slider = embed.getByRole('slider', { name: 'Read the values at units removed' })
    await slider.waitFor()
    await slider.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    expect(await slider.getAttribute('aria-valuetext')).toBe('Units removed 20: Carry units first 38%, Random units 95%, Largest weights first 83%')
    expect(await embed.locator('output').textContent()).toContain('Carry units first: 38%')
    const random = embed.getByRole('checkbox', { name: 'Random units' })
    await random.focus()
    await page.keyboard.press('Space')
    expect(await random.isChecked()).toBe(false)
    expect(await slider.getAttribute('aria-valuetext')).toBe('Units removed 20: Carry units first 38%, Largest weights first 83%')
    expect(await embed.locator('polyline').nth(1).isVisible()).toBe(false)
    expect(await audit(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('keep a reader\'s place when one loads above them: a jump to a later heading stays on it', async () => {
    const { page, problems } = await session.open('/research/sparse-circuits')
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'How we found it' }).click()
    const chart = page.getByRole('region', { name: 'Accuracy as units are removed' })
    await chart.getByRole('slider').waitFor()
    // The chart is taller than its fallback, and above the heading: it grew upwards.
    const top = await page.locator('#how-we-found-it').evaluate(el => el.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(300)
    expect(problems).toEqual([])
  })

  it('switch a token heatmap\'s scores with the arrow keys, listing the strongest tokens in words', async () => {
    const { page, problems } = await session.open('/research/sparse-circuits')
    const embed = page.getByRole('region', { name: 'What the carry units read' })
    await embed.scrollIntoViewIfNeeded()
    const first = embed.getByRole('radio', { name: 'Carry unit 812' })
    await first.waitFor()
    expect(await embed.getByRole('list', { name: /Strongest tokens/ }).getByRole('listitem').first().textContent()).toMatch(/^5 \+0\.91$/)
    await first.focus()
    await page.keyboard.press('ArrowDown')
    expect(await embed.getByRole('radio', { name: 'Carry unit 1,907' }).isChecked()).toBe(true)
    const strongest = embed.getByRole('list', { name: 'Strongest tokens: Carry unit 1,907' })
    expect(await strongest.getByRole('listitem').first().textContent()).toMatch(/^8 \+0\.88$/)
    expect(await audit(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('keep their text fallback, and offer to try again, when the component\'s code cannot be fetched', async () => {
    const { page, problems } = await session.open('/research/curriculum-drift')
    await interceptChunk(page, 'samples__tab', route => route.abort())
    const embed = page.getByRole('region', { name: 'Answers from two training orders' })
    await embed.scrollIntoViewIfNeeded()
    await expect.poll(() => embed.getByRole('status').textContent()).toBe('The interactive sample viewer could not be loaded.')
    expect(await embed.textContent()).toContain('The Marrow. Vell sits on its northern bank.')
    expect(await embed.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true)
    // The only problems are the refused chunk itself.
    expect(problems.filter(p => !/^request failed:|Failed to load resource/.test(p))).toEqual([])
  })

  it('show their fallback without JavaScript, with no loading line', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${session.baseUrl}/research/sparse-circuits`)
    const chart = page.getByRole('region', { name: 'Accuracy as units are removed' })
    expect(await chart.textContent()).toContain('Removing the forty carry units first brings accuracy on held-out sums from 97% to 8%')
    expect((await chart.getByRole('status').textContent())!.trim()).toBe('')
    expect(await page.getByRole('slider').count()).toBe(0)
    await context.close()
  })
})
