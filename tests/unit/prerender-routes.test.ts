import { describe, expect, it } from 'vitest'
import { isPayloadWithQuery } from '../../modules/content'

describe('isPayloadWithQuery (routes the export leaves to the crawler\'s link check)', () => {
  it('is a payload asked for with the build id, at any depth', () => {
    expect(isPayloadWithQuery('/_payload.json?4f2c')).toBe(true)
    expect(isPayloadWithQuery('/research/evaluation-debt/_payload.json?4f2c-11')).toBe(true)
    expect(isPayloadWithQuery('/research/tag/robustness/page/2/_payload.json?x=1&y=2')).toBe(true)
  })

  it('is never the payload file itself, a page or another JSON file', () => {
    for (const route of ['/research/evaluation-debt/_payload.json', '/_payload.json', '/research', '/research?tag=x', '/api/site.json?v=1', '/blog/feed.xml', '/a/_payload.json.bak?x', '/a/not_payload.json?x']) {
      expect(isPayloadWithQuery(route), route).toBe(false)
    }
  })

  it('looks at the path only, not at a payload named in the query', () => {
    expect(isPayloadWithQuery('/search?q=/_payload.json')).toBe(false)
  })
})
