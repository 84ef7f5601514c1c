import { resolve } from 'node:path'
import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import TemplateArticle from '~/components/template/TemplateArticle.vue'
import { readContentFiles } from '../../server/content/files'
import { formatProblem } from '../../server/content/problems'
import { createRepository } from '../../server/content/repository'
import { validateContent } from '../../server/content/validate'
import { xssText, xssUrls } from '../support/xss'

const contentDir = resolve(import.meta.dirname, '../../content')
const articleFile = 'research/sparse-circuits.json'
// Fields whose value is structure, not text: names, paths, enums, TeX (checked by KaTeX).
const structural = new Set(['$schema', 'type', 'src', 'href', 'id', 'date', 'updated', 'template', 'theme', 'transition', 'footnoteStyle', 'srclang', 'tex', 'collection', 'level', 'url', 'component', 'yFormat'])

const short = new Set(['category', 'tags', 'group', 'label', 'xLabel', 'yLabel', 'tokens'])

/** Replaces every text field of a content tree with a payload, in turn. */
function poison(value: unknown, key = '', counter = { n: 0 }): unknown {
  if (Array.isArray(value)) return value.map(v => poison(v, key, counter))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'related' ? v : poison(v, k, counter)]))
  }
  if (typeof value !== 'string' || structural.has(key)) return value
  const payload = xssText[counter.n++ % xssText.length]!
  // Short fields (tags and the category become URL segments; labels of groups, charts and tokens) are capped at 40 to 60 characters.
  return short.has(key) ? payload.slice(0, 30) : `${payload} ${value}`
}

describe('XSS payloads in every field of a real article', () => {
  it('refuses every unsafe URL in every link field, naming the field', async () => {
    const files = await readContentFiles(contentDir)
    const article = JSON.parse(files.find(f => f.name === articleFile)!.text)
    let n = 0
    const withUrls = JSON.parse(JSON.stringify(article, (k, v) => (k === 'href' || k === 'url' ? xssUrls[n++ % xssUrls.length] : v)))
    const problems = validateContent(files.map(f => (f.name === articleFile ? { ...f, text: JSON.stringify(withUrls) } : f))).problems.map(formatProblem)
    expect(n).toBeGreaterThanOrEqual(2)
    for (let i = 0; i < withUrls.links.length; i++) expect(problems.join('\n')).toContain(`content/${articleFile}: links[${i}].href: must be a site path from the root`)
    expect(problems.join('\n')).toContain(`content/${articleFile}: authors[0].url: must be a site path from the root`)
  })

  it('renders every text payload as text: no element, attribute or URL from content becomes live', async () => {
    const files = await readContentFiles(contentDir)
    const poisoned = poison(JSON.parse(files.find(f => f.name === articleFile)!.text))
    const content = validateContent(files.map(f => (f.name === articleFile ? { ...f, text: JSON.stringify(poisoned) } : f)))
    expect(content.problems.filter(p => p.severity === 'error').map(formatProblem)).toEqual([])
    const page = createRepository(content).page('/research/sparse-circuits')!

    const wrapper = await mountSuspended(TemplateArticle, { props: { page, shareUrl: 'https://kestrel-lab.example/research/sparse-circuits' } })
    const root = wrapper.element as HTMLElement
    const all = [...root.querySelectorAll('*')]
    expect(all.filter(el => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE'].includes(el.tagName))).toEqual([])
    expect(all.flatMap(el => [...el.attributes].filter(a => /^on/i.test(a.name)).map(a => `${el.tagName} ${a.name}`))).toEqual([])
    expect(all.filter(el => el.tagName === 'IMG' && el.getAttribute('src') === 'x')).toEqual([])
    expect(all.filter(el => /^\s*(?:javascript|vbscript|data):/i.test(el.getAttribute('href') ?? ''))).toEqual([])
    // Only KaTeX draws MathML, and only inside its own wrapper.
    expect(all.filter(el => el.tagName.toLowerCase() === 'math' && !el.closest('.katex'))).toEqual([])
    // The payloads are on the page, as text a visitor can read.
    expect(root.textContent).toContain('<script>alert(1)</script>')
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>')
  })
})
