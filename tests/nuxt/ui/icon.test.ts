import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import UiIcon from '~/components/ui/UiIcon.vue'

describe('UiIcon', () => {
  it('draws one symbol of the sprite, hidden from assistive technology, with the classes it is given', async () => {
    const wrapper = await mountSuspended({ render: () => h(UiIcon, { name: 'search', class: 'site-search__icon' }) })
    const svg = wrapper.get('svg')
    expect([svg.attributes('aria-hidden'), svg.attributes('focusable'), svg.attributes('viewBox'), svg.classes()]).toEqual(['true', 'false', '0 0 24 24', ['ui-icon', 'site-search__icon']])
    // A path on this site, as the server writes it, not the absolute URL the bundler resolves.
    expect(svg.get('use').attributes('href')).toMatch(/^\/[^#]*icons[^#]*\.svg(?:\?[^#]*)?#search$/)
  })
})
