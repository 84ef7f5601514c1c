import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import BlocksHero from '~/components/blocks/BlocksHero.vue'
import { makeHero, makeImage, makeLink } from '../../support/factories'

describe('hero block', () => {
  it('shows the title as the page heading and the quick links under a hidden heading', async () => {
    const wrapper = await mountSuspended(BlocksHero, { props: { block: makeHero({ links: [makeLink(), makeLink({ label: 'Join us', href: '/careers' })] }) } })
    expect(wrapper.get('h1').text()).toBe('We study learning systems')
    const nav = wrapper.get('nav')
    const headingId = nav.attributes('aria-labelledby')
    expect(wrapper.get(`#${headingId}`).classes()).toContain('sr-only')
    expect(wrapper.get(`#${headingId}`).text()).toBe('Quick links')
    expect(nav.findAll('a').map(a => [a.text(), a.attributes('href')])).toEqual([['Our research', '/research'], ['Join us', '/careers']])
  })

  it('loads its image first: eager, high priority, with a srcset and full-width sizes', async () => {
    const wrapper = await mountSuspended(BlocksHero, { props: { block: makeHero() } })
    const img = wrapper.get('img')
    expect(img.attributes()).toMatchObject({ loading: 'eager', fetchpriority: 'high', sizes: '100vw', width: '2400', height: '1350', alt: 'Gold lines meeting at a point' })
    expect(img.attributes('srcset')).toMatch(/ 400w, .* 800w, .* 1200w, .* 1600w, .* 2400w$/)
  })

  it('plays a muted inline looping video with a pause control', async () => {
    const wrapper = await mountSuspended(BlocksHero, {
      props: { block: makeHero({ video: { src: '/videos/loop.webm', type: 'video/webm', label: 'Drifting particles' } }) },
    })
    const video = wrapper.get('video')
    expect(video.attributes()).toHaveProperty('muted')
    expect(video.attributes()).toHaveProperty('loop')
    expect(video.attributes()).toHaveProperty('playsinline')
    expect(video.get('source').attributes('src')).toBe('/videos/loop.webm')
    // Stand in for the browser's media engine: play and pause flip `paused` and fire events.
    const el = video.element as HTMLVideoElement
    let paused = true
    Object.defineProperty(el, 'paused', { get: () => paused, configurable: true })
    el.play = vi.fn(async () => {
      paused = false
      el.dispatchEvent(new Event('play'))
    })
    el.pause = vi.fn(() => {
      paused = true
      el.dispatchEvent(new Event('pause'))
    })
    await el.play()
    await nextTick()
    const button = wrapper.get('button')
    expect(button.text()).toContain('Pause background video')
    expect(button.attributes('aria-pressed')).toBe('false')
    await button.trigger('click')
    expect(el.pause).toHaveBeenCalled()
    expect(button.attributes('aria-pressed')).toBe('true')
    expect(button.text()).toContain('Play background video: Drifting particles')
    await button.trigger('click')
    expect(button.attributes('aria-pressed')).toBe('false')
  })

  it('leaves out the quick links when there are none, and keeps a decorative image silent', async () => {
    const wrapper = await mountSuspended(BlocksHero, { props: { block: makeHero({ links: [], image: makeImage({ alt: undefined, decorative: true }) }) } })
    expect(wrapper.find('nav').exists()).toBe(false)
    expect(wrapper.get('img').attributes('alt')).toBe('')
  })
})
