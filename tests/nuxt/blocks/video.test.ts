import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksVideo from '~/components/blocks/BlocksVideo.vue'
import { makeVideo } from '../../support/factories'

describe('video block', () => {
  it('has controls and captions, reserves its size, and never starts by itself', async () => {
    const wrapper = await mountSuspended(BlocksVideo, { props: { block: makeVideo() } })
    const video = wrapper.get('video')
    expect(video.attributes()).toMatchObject({ 'poster': '/images/video-probe-sweep.webp', 'width': '1280', 'height': '720', 'preload': 'none', 'aria-label': 'A probe sweeping across layers' })
    expect(video.attributes('controls')).toBeDefined()
    expect(video.attributes('autoplay')).toBeUndefined()
    expect(wrapper.get('source').attributes()).toMatchObject({ src: '/videos/probe-sweep.webm', type: 'video/webm' })
    expect(wrapper.get('track').attributes()).toMatchObject({ kind: 'captions', src: '/videos/probe-sweep.en.vtt', srclang: 'en', label: 'English' })
    expect(wrapper.get('figcaption').text()).toBe('The probe finds the feature in layer 6.')
  })

  it('declares mp4 files as mp4', async () => {
    const wrapper = await mountSuspended(BlocksVideo, { props: { block: makeVideo({ src: '/videos/a.mp4' }) } })
    expect(wrapper.get('source').attributes('type')).toBe('video/mp4')
  })
})
