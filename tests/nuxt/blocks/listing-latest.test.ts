import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksListingLatest from '~/components/blocks/BlocksListingLatest.vue'
import { makeListingLatest } from '../../support/factories'

describe('listing-latest block', () => {
  it('lists the entries the server resolved, in order, with collection and date', async () => {
    const wrapper = await mountSuspended(BlocksListingLatest, { props: { block: makeListingLatest() } })
    expect(wrapper.get('h2').text()).toBe('Latest updates')
    const items = wrapper.findAll('ol > li')
    expect(items).toHaveLength(2)
    expect(items[0]!.get('a').attributes('href')).toBe('/research/sparse-circuits')
    expect(items[0]!.text()).toContain('Research')
    expect(items[0]!.get('time').attributes('datetime')).toBe('2026-09-18')
    expect(items[1]!.text()).toContain('Blog')
    expect(items[1]!.get('a').text()).toBe('A letter')
  })

  it('shows its links beside the heading, in order', async () => {
    const wrapper = await mountSuspended(BlocksListingLatest, { props: { block: makeListingLatest({ links: [{ label: 'All research', href: '/research' }, { label: 'All posts', href: '/blog' }] }) } })
    expect(wrapper.findAll('.block-header a').map(a => [a.text(), a.attributes('href')])).toEqual([['All research', '/research'], ['All posts', '/blog']])
  })

  it('says so when a collection has nothing published yet, instead of an empty box', async () => {
    const wrapper = await mountSuspended(BlocksListingLatest, { props: { block: makeListingLatest({ entries: [] }) } })
    expect(wrapper.find('ol').exists()).toBe(false)
    expect(wrapper.text()).toContain('Nothing has been published here yet.')
  })
})
