import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import UiLink from '~/components/ui/UiLink.vue'

const mount = (href: string, noExternalIcon = false) =>
  mountSuspended(UiLink, { props: { href, noExternalIcon }, slots: { default: () => 'Label' } })

describe('UiLink', () => {
  it('writes a page of the site as the `<a>` a RouterLink would, without one, its state following the route', async () => {
    const router = useRouter()
    await router.push('/about')
    const wrapper = await mount('/research')
    const a = () => wrapper.get('a')
    expect(a().attributes('href')).toBe('/research')
    expect(a().attributes('target')).toBeUndefined()
    expect(a().text()).toBe('Label')
    expect(wrapper.findComponent({ name: 'NuxtLink' }).exists()).toBe(false)
    expect(wrapper.findComponent({ name: 'RouterLink' }).exists()).toBe(false)
    expect([a().attributes('aria-current'), a().classes()]).toEqual([undefined, []])

    await router.push('/research')
    await nextTick()
    expect([a().attributes('aria-current'), a().classes()]).toEqual(['page', ['router-link-active', 'router-link-exact-active']])

    await router.push('/research/quiet-gradients')
    await nextTick()
    expect([a().attributes('aria-current'), a().classes()]).toEqual([undefined, []])
  })

  it('is followed in the app when clicked: no page load, the router moves', async () => {
    const router = useRouter()
    await router.push('/about')
    const wrapper = await mountSuspended(UiLink, { props: { href: '/research/quiet-gradients' }, slots: { default: () => 'Label' }, attachTo: document.body })
    const clicked = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    wrapper.get('a').element.dispatchEvent(clicked)
    // plugins/static-links.client.ts took the click: the browser does not follow the link.
    expect(clicked.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/research/quiet-gradients'))
    wrapper.unmount()
  })

  it('asks the router for a link it cannot work out alone (a query)', async () => {
    const router = useRouter()
    await router.push('/about')
    const wrapper = await mount('/research?sort=oldest')
    const a = () => wrapper.get('a')
    expect(a().attributes('href')).toBe('/research?sort=oldest')
    expect(a().attributes('aria-current')).toBeUndefined()
    // RouterLink's rule, kept: the query does not count towards being the page on screen.
    await router.push('/research')
    await nextTick()
    expect([a().attributes('aria-current'), a().classes()]).toEqual(['page', ['router-link-active', 'router-link-exact-active']])
  })

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
