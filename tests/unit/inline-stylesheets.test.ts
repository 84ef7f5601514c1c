import { describe, expect, it } from 'vitest'
import { inlineStylesheets, inlineStylesheetsAtMost } from '../../server/utils/inline-stylesheets'

const files: Record<string, string> = {
  '/_nuxt/entry.abc.css': `body{margin:0}${'.x{color:red}'.repeat(400)}`,
  '/_nuxt/UiLink.def.css': '.ui-link{color:blue}\n',
  '/_nuxt/image.ghi.css': '.img{display:block}',
  '/_nuxt/odd.jkl.css': '.a{content:"</style><script>alert(1)</script>"}',
}
const load = async (href: string) => files[href]
const link = (href: string) => `<link rel="stylesheet" href="${href}" crossorigin>`

describe('inlineStylesheets', () => {
  it('drops links to CSS the page already holds, inlines small files in place and keeps large ones linked', async () => {
    const head = [
      `<meta charset="utf-8">${link('/_nuxt/entry.abc.css')}${link('/_nuxt/UiLink.def.css')}${link('/_nuxt/image.ghi.css')}`,
      '<style>.ui-link{color:blue}</style>',
    ]
    const [first, second] = await inlineStylesheets(head, load)
    expect(first).toBe(`<meta charset="utf-8">${link('/_nuxt/entry.abc.css')}<style data-href="/_nuxt/image.ghi.css">.img{display:block}</style>`)
    expect(second).toBe(head[1])
    expect(files['/_nuxt/entry.abc.css']!.length).toBeGreaterThan(inlineStylesheetsAtMost)
  })

  it('keeps the link when the file cannot be read or could close its <style> element', async () => {
    const head = [`${link('/_nuxt/missing.css')}${link('/_nuxt/odd.jkl.css')}`]
    expect(await inlineStylesheets(head, load)).toEqual(head)
  })

  it('leaves other links and stylesheets from elsewhere alone', async () => {
    const head = ['<link rel="stylesheet" href="/katex/0.16.47/katex.min.css"><link rel="preload" href="/_nuxt/UiLink.def.css" as="style">']
    expect(await inlineStylesheets(head, load)).toEqual(head)
  })
})
