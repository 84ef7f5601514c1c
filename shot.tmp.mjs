import { chromium } from 'playwright-core'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const [,, path, width, out, sel] = process.argv
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
await page.goto('http://127.0.0.1:4173' + path, { waitUntil: 'networkidle' })
if (sel) await page.locator(sel).first().scrollIntoViewIfNeeded()
await page.screenshot({ path: out, fullPage: !sel })
await browser.close()
