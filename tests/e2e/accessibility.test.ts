import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { audit, startSession } from './browser'
import type { Session } from './browser'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

describe('axe-core finds nothing to fix', () => {
  const pages = ['/', '/research', '/research/sparse-circuits', '/blog', '/about', '/charter', '/contact']
  for (const path of pages) {
    it(`on ${path}, wide and narrow`, async () => {
      for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
        const { page } = await session.open(path, { viewport })
        expect(await audit(page), `${path} at ${viewport.width}px`).toEqual([])
        await page.context().close()
      }
    })
  }

  it('with the mobile menu and a dropdown open', async () => {
    const phone = await session.open('/', { viewport: { width: 390, height: 844 } })
    await phone.page.getByRole('button', { name: 'Menu' }).click()
    await phone.page.getByRole('dialog').getByRole('button', { name: 'Research' }).click()
    expect(await audit(phone.page)).toEqual([])
    const wide = await session.open('/about')
    await wide.page.getByRole('button', { name: 'Company' }).click()
    expect(await audit(wide.page)).toEqual([])
  })

  it('with the search panel open and showing results', async () => {
    const { page } = await session.open('/about')
    await page.locator('[aria-controls="search-panel"]').click()
    await page.waitForFunction(() => document.activeElement?.id === 'search-input')
    await page.keyboard.type('model')
    await page.locator('#search-results li').first().waitFor()
    expect(await audit(page)).toEqual([])
  })

  it('on the 404 page', async () => {
    const { page } = await session.open('/missing', { allowNotFound: true })
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await audit(page)).toEqual([])
  })
})
