import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksListingMixed from '~/components/blocks/BlocksListingMixed.vue'
import { makeListingMixed } from '../../support/factories'

describe('listing-mixed block', () => {
  it('makes each card one link whose name is its heading then its call to action', async () => {
    const wrapper = await mountSuspended(BlocksListingMixed, { props: { block: makeListingMixed() } })
    const links = wrapper.findAll('li a')
    expect(links).toHaveLength(3)
    expect(links.map(a => a.text().replace(/\s+/g, ' '))).toEqual([
      'Atlas, our toolkit Explore Atlas',
      'Field notes Read the post',
      'Code Browse the code (opens in a new tab)',
    ])
    expect(links[0]!.attributes('href')).toBe('/tools/atlas')
  })

  it('opens external cards in a new tab without giving the other site a handle on ours', async () => {
    const wrapper = await mountSuspended(BlocksListingMixed, { props: { block: makeListingMixed() } })
    const external = wrapper.findAll('li a')[2]!
    expect(external.attributes()).toMatchObject({ href: 'https://code.example.org', target: '_blank', rel: 'noopener noreferrer' })
    expect(external.find('svg[aria-hidden="true"]').exists()).toBe(true)
  })

  it('labels the row with a visually hidden heading when one is given', async () => {
    const wrapper = await mountSuspended(BlocksListingMixed, { props: { block: makeListingMixed({ heading: 'Where to go next' }) } })
    expect(wrapper.get('h2.sr-only').text()).toBe('Where to go next')
  })
})
