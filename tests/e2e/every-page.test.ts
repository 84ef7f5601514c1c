import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readContentFiles } from '../../server/content/files'
import { createRepository } from '../../server/content/repository'
import { validateContent } from '../../server/content/validate'
import { audit, startSession } from './browser'
import type { Session } from './browser'

const root = resolve(import.meta.dirname, '../..')
const paths = createRepository(validateContent(await readContentFiles(resolve(root, 'content')))).publishedPaths()

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(() => session?.close())

describe('every page of the export in Chromium', () => {
  it.each(paths)('%s: loads cleanly, every image arrives, and axe finds nothing', async (path) => {
    const { page, problems } = await session.open(path)
    // Scroll through so every lazy image is requested; a failing one is a failed request.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 700) {
        window.scrollTo({ top: y, behavior: 'instant' })
        await new Promise(r => setTimeout(r, 60))
      }
      window.scrollTo({ top: 0, behavior: 'instant' })
    })
    await page.waitForLoadState('networkidle')
    expect(problems, path).toEqual([])
    expect(await audit(page), path).toEqual([])
    await page.context().close()
  })
})
