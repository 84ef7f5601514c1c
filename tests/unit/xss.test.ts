import { describe, expect, it } from 'vitest'
import { HrefSchema } from '#shared/schema'
import { isSafeHref } from '#shared/utils/href'
import { inlineNodes, parseRichText } from '#shared/utils/rich-text'
import { xssText, xssUrls } from '../support/xss'

describe('XSS payloads in URL fields', () => {
  it.each(xssUrls)('refuses %j in every href, and in rich text links', (url) => {
    expect(isSafeHref(url)).toBe(false)
    expect(HrefSchema.safeParse(url).success).toBe(false)
    expect(parseRichText(`[x](${url})`).problems.length).toBeGreaterThan(0)
  })
})

describe('XSS payloads in text fields', () => {
  it.each(xssText)('keeps %j as text in rich text', (payload) => {
    // Payloads with no Markdown meaning come back verbatim as text nodes: nothing is markup.
    const { blocks } = parseRichText(payload.replace(/[`$[\]*\\]/g, '\\$&'))
    const text = [...inlineNodes(blocks)]
    expect(text.every(n => n.type === 'text')).toBe(true)
  })
})
