import { parse, stringify } from 'devalue'
import { describe, expect, it } from 'vitest'
import { asPagePayload, reducePagePayload } from '../../utils/page-payload'

describe('page data in the payload (utils/page-payload.ts)', () => {
  const page = () => ({ path: '/a', title: 'A <b>', blocks: [{ type: 'rich-text', html: '</script><script>x()</script>' }], draft: false })

  it('reduces only page data that was marked, to its JSON', () => {
    const marked = asPagePayload(page())
    expect(reducePagePayload(marked)).toBe(JSON.stringify(page()))
    expect(reducePagePayload(page())).toBe(false)
    for (const value of [undefined, null, 'text', 3, true, ['a'], { path: '/a' }]) expect(reducePagePayload(value)).toBe(false)
  })

  it('returns the very object it marks', () => {
    const value = page()
    expect(asPagePayload(value)).toBe(value)
  })

  it('round-trips through devalue with the reviver plugins/page-payload.ts registers, beside other data', () => {
    const payload = { data: { 'page:/a': asPagePayload(page()), 'other': { list: [1, 2] } }, state: { when: new Date(0) } }
    const text = stringify(payload, { Page: reducePagePayload })
    expect(parse(text, { Page: (json: string) => JSON.parse(json) })).toEqual({ ...payload, data: { ...payload.data, 'page:/a': page() } })
  })

  it('keeps markup in page strings from closing the script element the payload sits in', () => {
    const text = stringify({ page: asPagePayload(page()) }, { Page: reducePagePayload })
    expect(text).not.toMatch(/<\/script/i)
  })
})
