import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { serveStatic } from '../../scripts/serve-static.mjs'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const exportDir = resolve(import.meta.dirname, '../../.output/public')

export interface Session {
  browser: Browser
  baseUrl: string
  /** A fresh page that records console errors, hydration warnings and uncaught exceptions. */
  open: (path: string, options?: BrowserContextOptions & { allowNotFound?: boolean }) => Promise<{ page: Page, problems: string[] }>
  close: () => Promise<void>
}

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export async function startSession(): Promise<Session> {
  if (!existsSync(resolve(exportDir, 'index.html'))) throw new Error('No export in .output/public: run `npm run generate` first.')
  const server = await serveStatic(exportDir)
  const browser = await launchChromium()
  return {
    browser,
    baseUrl: server.url,
    async open(path, options = {}) {
      const { allowNotFound, ...contextOptions } = options
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...contextOptions })
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        // A missing page's own 404 responses are expected on the 404 test, nothing else.
        if (allowNotFound && /status of 404/.test(text)) return
        if (message.type() === 'error' || /hydration/i.test(text)) problems.push(`${message.type()}: ${text}`)
      })
      page.on('pageerror', error => problems.push(`uncaught: ${error.message}`))
      page.on('requestfailed', request => problems.push(`request failed: ${request.url()}`))
      page.on('response', (response) => {
        if (response.status() >= 400 && !(allowNotFound && response.status() === 404)) problems.push(`${response.status()}: ${response.url()}`)
      })
      await page.goto(server.url + path, { waitUntil: 'networkidle' })
      await waitForHydration(page)
      return { page, problems }
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** Waits until Vue has hydrated the page, so clicks and keys reach the app, not bare HTML. */
export async function waitForHydration(page: Page): Promise<void> {
  // The app exists before it has hydrated; Nuxt says when hydration is over.
  await page.waitForFunction(() => {
    const root = document.querySelector('#__nuxt') as (Element & { __vue_app__?: { $nuxt?: { isHydrating?: boolean } } }) | null
    return root?.__vue_app__?.$nuxt?.isHydrating === false
  })
  // One frame later, mounted hooks and listeners are in place.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => resolve(null))))
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation { id: string, impact: string, help: string, nodes: Array<{ target: string[] }> }

/** Runs axe-core on the page as it is now; one line per violation (none expected). */
export async function audit(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: a <script>
  // tag would be (rightly) refused, as it would be for any other inline script.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    return (await axe.run(document, { resultTypes: ['violations'] })).violations
  }) as AxeViolation[]
  return violations.map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')})`)
}

/**
 * Waits until a client-side navigation has landed: the address shows `path` and the new page
 * has rendered (its blocks' code may still have been arriving when the address changed).
 */
export async function arrive(page: Page, path: string): Promise<void> {
  await page.waitForURL(url => new URL(url).pathname === path)
  await page.locator(`.page[data-page-path="${path}"]`).waitFor()
}
