import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import UiLink from '~/components/ui/UiLink.vue'

const mount = (href: string, noExternalIcon = false) =>
  mountSuspended(UiLink, { props: { href, noExternalIcon }, slots: { default: () => 'Label' } })

describe('UiLink', () => {
  it('links a page of the site as a plain link that the app follows without a page load', async () => {
    const wrapper = await mountSuspended(UiLink, { props: { href: '/research?sort=oldest#top' }, slots: { default: () => 'Label' }, attachTo: document.body })
    const a = wrapper.get('a')
    expect([a.attributes('href'), a.attributes('target'), a.attributes('rel'), a.text()]).toEqual(['/research?sort=oldest#top', undefined, undefined, 'Label'])
    // plugins/app-links.client.ts takes a plain click: the browser does not load the page itself.
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    a.element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    wrapper.unmount()
  })

  // Links with `marks-current` are RouterLinks; their marks are checked where the router really
  // runs: in every exported page's header and footer (tests/export/export.test.ts) and after
  // in-app navigations (tests/e2e/navigation.test.ts). mountSuspended's route is one RouterLink
  // does not match against, so no test here could tell a RouterLink from a plain link.

  it('writes a link to one of the site\'s files as a plain link', async () => {
    const wrapper = await mount('/blog/feed.xml')
    expect(wrapper.get('a').attributes('href')).toBe('/blog/feed.xml')
    expect(wrapper.findComponent({ name: 'NuxtLink' }).exists()).toBe(false)
  })

  it('opens another site in a new tab, with an arrow and words that say so', async () => {
    const wrapper = await mount('https://example.org/paper')
    const a = wrapper.get('a')
    expect([a.attributes('href'), a.attributes('target'), a.attributes('rel')]).toEqual(['https://example.org/paper', '_blank', 'noopener noreferrer'])
    expect(a.find('svg.external-icon use').attributes('href')).toMatch(/#arrow-out$/)
    expect(a.get('.sr-only').text()).toBe('(opens in a new tab)')
    expect(a.text().replace(/\s+/g, ' ')).toBe('Label (opens in a new tab)')
  })

  it('leaves the arrow out when asked, keeping the words', async () => {
    const a = (await mount('https://example.org', true)).get('a')
    expect(a.find('svg').exists()).toBe(false)
    expect(a.attributes('target')).toBe('_blank')
  })

  it('keeps mail links plain and never makes an unsafe URL a live link', async () => {
    expect((await mount('mailto:hello@example.org')).get('a').attributes('href')).toBe('mailto:hello@example.org')
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JAVASCRIPT:alert(1)']) {
      const wrapper = await mount(href)
      expect(wrapper.find('a').exists(), href).toBe(false)
      expect(wrapper.get('span').text()).toBe('Label')
    }
  })
})
