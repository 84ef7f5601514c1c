import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksQuote from '~/components/blocks/BlocksQuote.vue'
import { makeQuote } from '../../support/factories'

describe('quote block', () => {
  it('shows the quotation in curly quotes, who said it and where from', async () => {
    const wrapper = await mountSuspended(BlocksQuote, { props: { block: makeQuote() } })
    expect(wrapper.get('blockquote').text()).toBe('“A result you cannot reproduce is an anecdote.”')
    expect(wrapper.get('figcaption').text()).toContain('Ines Calder')
    expect(wrapper.get('figcaption a').attributes('href')).toBe('/charter')
  })

  it('has no caption without attribution or source', async () => {
    const wrapper = await mountSuspended(BlocksQuote, { props: { block: makeQuote({ attribution: undefined, source: undefined }) } })
    expect(wrapper.find('figcaption').exists()).toBe(false)
  })
})
