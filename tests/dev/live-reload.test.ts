import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../e2e/browser'
import { freePort } from '../support/net'

// A real `nuxt dev` on a copy of the content, edited the way an author edits it.
const root = resolve(import.meta.dirname, '../..')
const copy = mkdtempSync(join(tmpdir(), 'live-reload-'))
cpSync(join(root, 'content'), copy, { recursive: true })
const aboutFile = join(copy, 'about.json')
const about = JSON.parse(readFileSync(aboutFile, 'utf8'))

let dev: ChildProcess
let browser: Browser
let url = ''
let log = ''

beforeAll(async () => {
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  dev = spawn(process.execPath, [join(root, 'node_modules/nuxt/bin/nuxt.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, SITE_CONTENT_DIR: copy, NUXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const record = (chunk: Buffer) => {
    log += chunk.toString()
  }
  dev.stdout!.on('data', record)
  dev.stderr!.on('data', record)
  let ready = false
  for (let i = 0; i < 600 && !ready; i++) {
    try {
      ready = (await fetch(`${url}/api/site.json`)).ok
    }
    catch {
      await new Promise(r => setTimeout(r, 100))
    }
  }
  if (!ready) throw new Error(`nuxt dev did not start within a minute:\n${log.slice(-3000)}`)
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  dev?.kill()
  rmSync(copy, { recursive: true, force: true })
})

describe('live reload in npm run dev', () => {
  it('shows a saved change without a restart, shows an invalid save\'s error, and recovers', async () => {
    const page = await browser.newPage()
    // Vite says so on the console once its HMR socket is open: edits before that go unseen.
    const connected = page.waitForEvent('console', { predicate: message => message.text().includes('[vite] connected'), timeout: 90_000 })
    await page.goto(`${url}/about`, { waitUntil: 'networkidle', timeout: 90_000 })
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading.textContent()).resolves.toBe('About Kestrel Lab')
    await connected
    await page.waitForFunction(() => !!(document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__)

    writeFileSync(aboutFile, JSON.stringify({ ...about, title: 'About the lab, edited' }, null, 2))
    await page.getByRole('heading', { level: 1, name: 'About the lab, edited' }).waitFor({ timeout: 15_000 })

    writeFileSync(aboutFile, '{\n  "title": "About",\n  "blocks": [}\n')
    await page.getByText('content/about.json: invalid JSON at line 3, column 14').waitFor({ timeout: 15_000 })

    writeFileSync(aboutFile, JSON.stringify({ ...about, title: 'About the lab, fixed' }, null, 2))
    await page.getByRole('heading', { level: 1, name: 'About the lab, fixed' }).waitFor({ timeout: 15_000 })
  }, 150_000)
})
