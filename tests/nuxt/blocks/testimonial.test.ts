import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksTestimonial from '~/components/blocks/BlocksTestimonial.vue'
import { makeTestimonial } from '../../support/factories'

describe('testimonial block', () => {
  it('shows the quote in curly quotes with who said it and a square portrait', async () => {
    const wrapper = await mountSuspended(BlocksTestimonial, { props: { block: makeTestimonial() } })
    expect(wrapper.get('blockquote').text()).toBe('“I left with a method.”')
    expect(wrapper.get('figcaption').text()).toContain('Adaeze Okafor')
    expect(wrapper.get('figcaption').text()).toContain('2025 resident')
    expect(wrapper.get('img').attributes()).toMatchObject({ alt: 'Abstract portrait', width: '800', height: '800', loading: 'lazy' })
  })
})
