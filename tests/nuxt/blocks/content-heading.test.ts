import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksContentHeading from '~/components/blocks/BlocksContentHeading.vue'
import { makeContentHeading } from '../../support/factories'

describe('content-heading block', () => {
  it('renders an h2 with a link to its own anchor', async () => {
    const wrapper = await mountSuspended(BlocksContentHeading, { props: { block: makeContentHeading() } })
    expect(wrapper.get('h2').text()).toContain('Method')
    expect(wrapper.get('h2 a').attributes('href')).toBe('#method')
    expect(wrapper.get('h2 a').text()).toContain('Link to this section')
  })

  it('renders a subsection as an h3', async () => {
    const wrapper = await mountSuspended(BlocksContentHeading, { props: { block: makeContentHeading({ level: 3, heading: 'Detail', anchor: 'detail' }) } })
    expect(wrapper.find('h2').exists()).toBe(false)
    expect(wrapper.get('h3').text()).toContain('Detail')
  })
})
