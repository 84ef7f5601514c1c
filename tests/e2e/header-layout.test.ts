import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from './browser'
import type { Session } from './browser'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

const widths = [320, 375, 768, 1024, 1100, 1180, 1280, 1440]

describe('the header at every width', () => {
  // A page with a hero (the header over it) and one without.
  for (const path of ['/', '/about']) {
    it(`keeps one height, one line per control and full-size icons on ${path}`, async () => {
      const found: string[] = []
      for (const width of widths) {
        const { page } = await session.open(path, { viewport: { width, height: 800 } })
        const problems = await page.evaluate(() => {
          const out: string[] = []
          const header = document.querySelector<HTMLElement>('.site-header')!
          const box = header.getBoundingClientRect()
          const expected = Number.parseFloat(getComputedStyle(header).getPropertyValue('--header-height')) * Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
          if (Math.abs(box.height - expected) > 0.5) out.push(`header is ${box.height}px tall, not ${expected}`)
          const visible = (el: Element) => {
            const r = el.getBoundingClientRect()
            return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.skip-link')
          }
          const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30) || el.getAttribute('aria-label')}"`
          for (const el of header.querySelectorAll('a, button')) {
            if (!visible(el)) continue
            const r = el.getBoundingClientRect()
            if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) out.push(`${name(el)} leaves the header (${Math.round(r.top)}–${Math.round(r.bottom)})`)
            if (r.left < -0.5 || r.right > innerWidth + 0.5) out.push(`${name(el)} is cut off at the side (${Math.round(r.left)}–${Math.round(r.right)})`)
            // One line: no piece of its visible text starts below another's bottom.
            const rects: DOMRect[] = []
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent?.trim() || node.parentElement?.closest('.sr-only')) continue
              const range = document.createRange()
              range.selectNodeContents(node)
              rects.push(...[...range.getClientRects()].filter(rect => rect.width > 0))
            }
            rects.sort((a, b) => a.top - b.top)
            const lines = rects.reduce((n, rect, i) => (i && rect.top >= rects[i - 1]!.bottom - 2 ? n + 1 : n), rects.length ? 1 : 0)
            if (lines > 1) out.push(`${name(el)} wraps onto ${lines} lines`)
          }
          for (const icon of header.querySelectorAll('svg')) {
            if (!icon.closest('a, button') || !visible(icon.closest('a, button')!)) continue
            const r = icon.getBoundingClientRect()
            if (r.width < 15.5 || r.height < 15.5) out.push(`an icon in ${name(icon.closest('a, button')!)} is ${r.width.toFixed(1)}×${r.height.toFixed(1)}px`)
          }
          if (document.documentElement.scrollWidth > innerWidth) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px wide)`)
          return out
        })
        found.push(...problems.map(p => `${width}px: ${p}`))
        await page.context().close()
      }
      expect(found).toEqual([])
    })
  }
})
