import { chromium } from 'playwright-core'
const [,, url, out, width = '1280', full = '1'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
const errors = []
page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()) })
page.on('pageerror', e => errors.push(String(e)))
await page.goto(url, { waitUntil: 'networkidle' })
await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50)) } window.scrollTo(0, 0) })
await page.waitForTimeout(300)
await page.screenshot({ path: out, fullPage: full === '1' })
console.log(errors.join('\n') || 'no console errors')
await browser.close()
