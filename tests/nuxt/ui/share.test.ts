import { mountSuspended } from '@nuxt/test-utils/runtime'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import UiShare from '~/components/ui/UiShare.vue'
import { makeSite, makeSiteData } from '../../support/factories'

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

  it('links to the networks site.json names, built from the page\'s title and URL, opening in a new tab', async () => {
    const store = useSiteStore()
    store.data = makeSiteData({ site: makeSite({ share: ['bluesky', 'linkedin', 'email'] }) })
    const wrapper = await mountSuspended(UiShare, { props })
    const links = wrapper.findAll('ul[aria-label="Share on"] a')
    expect(links.map(a => a.text())).toEqual(['Bluesky (opens in a new tab)', 'LinkedIn (opens in a new tab)', 'Email'])
    expect(links.map(a => a.attributes('href'))).toEqual([
      `https://bsky.app/intent/compose?text=${encodeURIComponent(`Tidal memory ${props.url}`)}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(props.url)}`,
      `mailto:?subject=Tidal%20memory&body=${encodeURIComponent(props.url)}`,
    ])
    expect(links.map(a => a.attributes('target'))).toEqual(['_blank', '_blank', undefined])
    store.data = null
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
