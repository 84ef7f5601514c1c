import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksImage from '~/components/blocks/BlocksImage.vue'
import { makeImage, makeImageBlock } from '../../support/factories'

describe('image block', () => {
  it('draws a lazy figure with caption and credit, sized to its column', async () => {
    const wrapper = await mountSuspended(BlocksImage, { props: { block: makeImageBlock() } })
    const img = wrapper.get('figure img')
    expect(img.attributes()).toMatchObject({ loading: 'lazy', alt: 'Blue dunes', width: '2400', height: '1200', sizes: '(min-width: 90rem) 85rem, 94vw' })
    expect(img.attributes('srcset')!.split(', ')).toHaveLength(5)
    expect(wrapper.get('figcaption').text()).toContain('A loss landscape.')
    expect(wrapper.get('figcaption').text()).toContain('Generated art')
    expect(wrapper.get('figure').classes()).toContain('container')
  })

  it('goes edge to edge when full-bleed', async () => {
    const wrapper = await mountSuspended(BlocksImage, { props: { block: makeImageBlock({ fullBleed: true }) } })
    expect(wrapper.get('figure').classes()).toContain('is-full-bleed')
    expect(wrapper.get('img').attributes('sizes')).toBe('100vw')
  })

  it('has no caption element when there is nothing to say', async () => {
    const wrapper = await mountSuspended(BlocksImage, { props: { block: makeImageBlock({ caption: undefined, image: makeImage() }) } })
    expect(wrapper.find('figcaption').exists()).toBe(false)
  })
})
