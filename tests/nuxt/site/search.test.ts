import { mountSuspended } from '@nuxt/test-utils/runtime'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import SiteSearch from '~/components/site/SiteSearch.vue'

/** Resolves once `check` holds, letting the form's code import and mount in between. */
async function until(check: () => boolean) {
  await vi.waitFor(async () => {
    await flushPromises()
    expect(check()).toBe(true)
  })
}

describe('site search panel', () => {
  it('renders no form until the visitor opens search, then focuses its field', async () => {
    const wrapper = await mountSuspended(SiteSearch, { attachTo: document.body })
    const button = wrapper.get('button[aria-controls="search-panel"]')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.find('#search-input').exists()).toBe(false)
    expect(wrapper.get('#search-panel').isVisible()).toBe(false)

    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    await until(() => document.activeElement?.id === 'search-input')
    expect(wrapper.get('#search-panel').isVisible()).toBe(true)
    expect(wrapper.get('#search-input').attributes('placeholder')).toBe('Search for anything')
    wrapper.unmount()
  })

  it('keeps the form once loaded: closing hides it, reopening focuses it again', async () => {
    const wrapper = await mountSuspended(SiteSearch, { attachTo: document.body })
    const button = wrapper.get('button[aria-controls="search-panel"]')
    await button.trigger('click')
    await until(() => document.activeElement?.id === 'search-input')

    await wrapper.get('#search-input').trigger('keydown', { key: 'Escape' })
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('#search-panel').isVisible()).toBe(false)
    expect(document.activeElement).toBe(button.element)
    expect(wrapper.find('#search-input').exists()).toBe(true)

    await button.trigger('click')
    await until(() => document.activeElement?.id === 'search-input')
    wrapper.unmount()
  })

  it('does not take focus into a panel the visitor closed while its code was on the way', async () => {
    const wrapper = await mountSuspended(SiteSearch, { attachTo: document.body })
    const button = wrapper.get('button[aria-controls="search-panel"]')
    ;(button.element as HTMLElement).focus()
    await button.trigger('click')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('false')
    await until(() => wrapper.find('#search-input').exists())
    await flushPromises()
    expect(document.activeElement).toBe(button.element)
    wrapper.unmount()
  })
})
