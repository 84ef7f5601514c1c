import { describe, expect, it } from 'vitest'
import { isExternalHref, isFileHref, isInternalPath, isSafeHref } from '#shared/utils/href'

describe('isSafeHref', () => {
  it.each([
    '/research', '/research/sparse-circuits#method', '#content', 'https://example.org/a?b=c', 'http://example.org',
    'mailto:hello@example.org', 'tel:+15550100', 'HTTPS://EXAMPLE.ORG',
  ])('accepts %s', href => expect(isSafeHref(href)).toBe(true))

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    'vbscript:msgbox', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example', '/\\evil.example', 'file:///etc/passwd',
    'ftp://example.org', 'javascript&colon;alert(1)x:', '', `/${'a'.repeat(2100)}`, 'https://exa mple.org', '\u0000javascript:x',
    // Web URLs without their two slashes, and relative paths, which no check can resolve.
    'https:evil.example', 'http:/evil.example', '/research\u202Egpj.exe', 'https://example.org/\u2066x', '/a\u200Bb', 'https:///evil.example', 'research/one', './one', '../up', 'foo/bar:baz', 'javascript%3Aalert(1)',
  ])('refuses %j', href => expect(isSafeHref(href)).toBe(false))

  it('tells external from internal links', () => {
    expect(isExternalHref('https://example.org')).toBe(true)
    expect(isExternalHref('/research')).toBe(false)
    expect(isInternalPath('/research')).toBe(true)
    expect(isInternalPath('//example.org')).toBe(false)
    expect(isInternalPath('mailto:a@b.c')).toBe(false)
  })
})

describe('isFileHref', () => {
  it.each(['/blog/feed.xml', '/research/atom.xml?x=1', '/papers/method.pdf#page=2', '/images/lab.webp'])('takes %s for a file', href => expect(isFileHref(href)).toBe(true))
  it.each(['/research', '/research/sparse-circuits#method.two', '/research/tag/memory?page=2', '/', '/v1.2/notes'])('takes %s for a page', href => expect(isFileHref(href)).toBe(false))
})
