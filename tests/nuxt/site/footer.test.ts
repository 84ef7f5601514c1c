import { mountSuspended, registerEndpoint } from '@nuxt/test-utils/runtime'
import { describe, expect, it, vi } from 'vitest'
import SiteFooter from '~/components/site/SiteFooter.vue'
import { makeSiteData } from '../../support/factories'

registerEndpoint('/api/site.json', () => makeSiteData())

describe('site footer', () => {
  it('has a column per footer group, the copyright range, legal and social links', async () => {
    const wrapper = await mountSuspended(SiteFooter)
    expect(wrapper.findAll('.site-footer__column h2').map(h => h.text())).toEqual(['Research'])
    expect(wrapper.get('.site-footer__copyright').text()).toBe('© 2019–2026 Kestrel Lab')
    expect(wrapper.get('.site-footer__tertiary a').attributes('href')).toBe('/legal/privacy')
    const social = wrapper.get('.site-footer__social a')
    expect(social.attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' })
    expect(social.text()).toBe('Kestrel Lab on GitHub (opens in a new tab)')
  })

  it('draws the stripe band as decoration, each stripe thinner than the one above', async () => {
    const wrapper = await mountSuspended(SiteFooter)
    const band = wrapper.get('.site-footer__stripes')
    expect(band.attributes('aria-hidden')).toBe('true')
    const heights = band.findAll('span').map(s => Number.parseInt(s.attributes('style')!.replace(/\D+/g, ''), 10))
    expect(heights.length).toBeGreaterThan(5)
    expect(heights).toEqual([...heights].sort((a, b) => b - a))
  })

  it('goes back to the top and moves focus there', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
    const skip = document.createElement('a')
    skip.className = 'skip-link'
    skip.href = '#content'
    document.body.append(skip)
    const wrapper = await mountSuspended(SiteFooter, { attachTo: document.body })
    await wrapper.get('button').trigger('click')
    expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 0 }))
    expect(document.activeElement).toBe(skip)
    wrapper.unmount()
    skip.remove()
    scrollTo.mockRestore()
  })
})
