import { mountSuspended, registerEndpoint } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import SiteHeader from '~/components/site/SiteHeader.vue'
import { makeSiteData } from '../../support/factories'

registerEndpoint('/api/site.json', () => makeSiteData())

describe('site header', () => {
  it('has a skip link to the content, a home link, and the quick links', async () => {
    const wrapper = await mountSuspended(SiteHeader)
    const skip = wrapper.get('a.skip-link')
    expect(skip.text()).toBe('Skip to main content')
    expect(skip.attributes('href')).toBe('#content')
    expect(wrapper.get('.site-header__logo').attributes('href')).toBe('/')
    expect(wrapper.get('.site-header__quick a.button').text()).toBe('Join the team')
  })

  it('makes a group with items a dropdown button and a group with a URL a plain link', async () => {
    const wrapper = await mountSuspended(SiteHeader, { attachTo: document.body })
    const nav = wrapper.get('nav[aria-label="Main"]')
    const buttons = nav.findAll('button')
    expect(buttons.map(b => b.text())).toEqual(['Research', 'Developers'])
    expect(buttons[0]!.attributes('aria-expanded')).toBe('false')
    // A closed dropdown draws no list at all, and names none.
    expect(buttons[0]!.attributes('aria-controls')).toBeUndefined()
    expect(nav.find('#nav-research-list').exists()).toBe(false)
    expect(nav.get('a.site-header__plain').attributes('href')).toBe('/safety')
    wrapper.unmount()
  })

  it('toggles a dropdown, keeps only one open, and closes on Escape with focus back on its button', async () => {
    const wrapper = await mountSuspended(SiteHeader, { attachTo: document.body })
    const [research, developers] = wrapper.findAll('nav button')
    await research!.trigger('click')
    expect(research!.attributes('aria-expanded')).toBe('true')
    expect(research!.attributes('aria-controls')).toBe('nav-research-list')
    expect(wrapper.get('#nav-research-list').isVisible()).toBe(true)

    await developers!.trigger('click')
    expect(research!.attributes('aria-expanded')).toBe('false')
    expect(developers!.attributes('aria-expanded')).toBe('true')

    const link = wrapper.get('#nav-developers-list a')
    ;(link.element as HTMLElement).focus()
    await link.trigger('keydown', { key: 'Escape' })
    expect(developers!.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(developers!.element)

    await developers!.trigger('click')
    await developers!.trigger('click')
    expect(developers!.attributes('aria-expanded')).toBe('false')
    wrapper.unmount()
  })

  it('marks external dropdown links: new tab, noopener, arrow icon and a spoken hint', async () => {
    const wrapper = await mountSuspended(SiteHeader)
    await wrapper.findAll('nav button').find(b => b.text() === 'Developers')!.trigger('click')
    const link = wrapper.get('#nav-developers-list a')
    expect(link.attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer', href: 'https://code.example.org' })
    expect(link.find('svg').exists()).toBe(true)
    expect(link.get('.sr-only').text()).toBe('(opens in a new tab)')
  })
})
