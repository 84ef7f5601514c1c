import { mountSuspended } from '@nuxt/test-utils/runtime'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import UiShare from '~/components/ui/UiShare.vue'

const props = { title: 'Tidal memory', url: 'https://kestrel-lab.example/research/tidal-memory' }

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('share buttons', () => {
  it('offers native sharing only where the browser has it, and shares the page title and URL', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, share, clipboard: navigator.clipboard })
    const wrapper = await mountSuspended(UiShare, { props })
    await nextTick()
    const button = wrapper.findAll('button').find(b => b.text() === 'Share…')!
    await button.trigger('click')
    expect(share).toHaveBeenCalledWith({ title: 'Tidal memory', url: props.url })
  })

  it('has no share button without native sharing', async () => {
    vi.stubGlobal('navigator', { clipboard: navigator.clipboard })
    const wrapper = await mountSuspended(UiShare, { props })
    await nextTick()
    expect(wrapper.findAll('button').map(b => b.text())).toEqual(['Copy link'])
  })

  it('says when copying fails, and shows the link to copy by hand', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } })
    const wrapper = await mountSuspended(UiShare, { props })
    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe(`Copy failed. The link is ${props.url}`))
  })
})
