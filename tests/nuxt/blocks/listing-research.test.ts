import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksListingResearch from '~/components/blocks/BlocksListingResearch.vue'
import { makeListingResearch } from '../../support/factories'

describe('listing-research block', () => {
  it('shows a card per entry: square-cropped image, title link, short visible date and full spoken date', async () => {
    const wrapper = await mountSuspended(BlocksListingResearch, { props: { block: makeListingResearch() } })
    const cards = wrapper.findAll('li')
    expect(cards).toHaveLength(2)
    const first = cards[0]!
    expect(first.get('h3 a').text()).toBe('Sparse circuits in small language models')
    expect(first.get('h3 a').attributes('href')).toBe('/research/sparse-circuits')
    expect(first.get('img').classes()).toContain('ui-image--cover')
    expect(first.get('img').attributes('loading')).toBe('lazy')
    expect(first.get('time').attributes('datetime')).toBe('2026-09-18')
    expect(first.get('time [aria-hidden="true"]').text()).toBe('Sep 18, 2026')
    expect(first.get('time .sr-only').text()).toBe('September 18, 2026')
  })

  it('shows an entry without an image as a tile of its description, the same size', async () => {
    const block = makeListingResearch()
    const { image: _, ...bare } = block.entries[0]!
    block.entries[0] = bare
    const wrapper = await mountSuspended(BlocksListingResearch, { props: { block } })
    const first = wrapper.findAll('article')[0]!
    expect(first.find('img').exists()).toBe(false)
    expect(first.get('.entry-card__tile .entry-card__excerpt').text()).toBe(bare.description)
    expect(first.get('.entry-card__tile').classes()).toContain('entry-card__image')
  })

  it('keeps the focal point in view when cropping', async () => {
    const block = makeListingResearch()
    block.entries[0]!.image!.focalPoint = { x: 20, y: 70 }
    const wrapper = await mountSuspended(BlocksListingResearch, { props: { block } })
    expect(wrapper.get('img').attributes('style')).toContain('object-position: 20% 70%')
  })
})
