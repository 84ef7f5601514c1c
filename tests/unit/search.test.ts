import { describe, expect, it } from 'vitest'
import { parseExcerpt, resultPath } from '../../utils/search'

describe('parseExcerpt', () => {
  it('splits an excerpt into text and highlighted matches', () => {
    expect(parseExcerpt('Sparse <mark>circuits</mark> in <mark>small</mark> models')).toEqual([
      { text: 'Sparse ', mark: false },
      { text: 'circuits', mark: true },
      { text: ' in ', mark: false },
      { text: 'small', mark: true },
      { text: ' models', mark: false },
    ])
  })

  it('decodes entities and drops any other tag, so nothing in an excerpt becomes markup', () => {
    expect(parseExcerpt('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <img src=x onerror=alert(1)><mark>b</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> & ', mark: false },
      { text: 'b', mark: true },
    ])
  })
})

describe('resultPath', () => {
  it('turns index URLs into site paths', () => {
    expect(resultPath('/research/sparse-circuits/')).toBe('/research/sparse-circuits')
    expect(resultPath('/about/index.html')).toBe('/about')
    expect(resultPath('/')).toBe('/')
  })
})
