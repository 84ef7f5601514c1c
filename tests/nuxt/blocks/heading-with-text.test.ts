import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksHeadingWithText from '~/components/blocks/BlocksHeadingWithText.vue'
import { makeHeadingWithText, rich } from '../../support/factories'

describe('heading-with-text block', () => {
  it('shows the heading, one paragraph per blank-line-separated chunk, and the link', async () => {
    const wrapper = await mountSuspended(BlocksHeadingWithText, { props: { block: makeHeadingWithText() } })
    expect(wrapper.get('h2').text()).toBe('Research')
    const paragraphs = wrapper.findAll('.hwt__body p')
    expect(paragraphs.map(p => p.text())).toEqual(['First paragraph.', 'Second paragraph.', 'Browse research'])
    expect(wrapper.get('a.link-underlined').attributes('href')).toBe('/research')
  })

  it('shows markup in the text as text, never as HTML', async () => {
    const wrapper = await mountSuspended(BlocksHeadingWithText, {
      props: { block: makeHeadingWithText({ text: rich('<img src=x onerror="alert(1)"> and <b>bold</b>'), link: undefined }) },
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.get('.hwt__body p').text()).toBe('<img src=x onerror="alert(1)"> and <b>bold</b>')
  })

  it('renders an unsafe link as plain text if one ever slips past validation', async () => {
    const wrapper = await mountSuspended(BlocksHeadingWithText, {
      props: { block: makeHeadingWithText({ link: { label: 'Click', href: 'javascript:alert(1)' } }) },
    })
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.text()).toContain('Click')
  })
})
