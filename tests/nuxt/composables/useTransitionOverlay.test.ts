import { mountSuspended, registerEndpoint } from '@nuxt/test-utils/runtime'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useTransitionOverlay } from '~/composables/useTransitionOverlay'
import { makeSiteData } from '../../support/factories'

registerEndpoint('/api/site.json', () => makeSiteData())
registerEndpoint('/api/page', () => ({
  path: '/somewhere', title: 'Somewhere', description: 'x', theme: 'white', transition: 'simple', draft: false, blocks: [], placeholders: {}, imageVersions: {},
}))

const Probe = defineComponent({
  setup() {
    const state = useTransitionOverlay()
    return () => h('p', { 'data-phase': state.phase.value, 'data-overlay': state.overlay.value })
  },
})

describe('page transitions (plugins/page-transitions.client.ts, useTransitionOverlay)', () => {
  it('closes the next page\'s transition over the page while the next page loads, then opens it', async () => {
    const wrapper = await mountSuspended(Probe)
    const store = useSiteStore()
    await store.loadSiteData()
    expect(store.transitionOf('/arrival/')).toBe('shutter')
    expect(store.transitionOf('/somewhere/')).toBe('simple')

    const phases: string[] = []
    const stop = watch(() => useTransitionOverlay().phase.value, p => phases.push(p), { flush: 'sync' })
    const loading: boolean[] = []
    const stopLoading = watch(() => store.loading, l => loading.push(l), { flush: 'sync' })
    await useRouter().push('/arrival')
    expect(phases).toEqual(['closing', 'closed'])
    expect(wrapper.get('p').attributes('data-overlay')).toBe('shutter')
    expect(store.loading).toBe(true)
    // Nothing renders pages here: announce, as <NuxtPage> does, that the next page is on screen.
    await useNuxtApp().callHook('page:finish')
    await vi.waitFor(() => expect(phases.at(-1)).toBe('idle'), { timeout: 2000 })
    stop()
    stopLoading()

    expect(phases.slice(0, 2)).toEqual(['closing', 'closed'])
    expect(phases).toContain('opening')
    expect(phases.at(-1)).toBe('idle')
    expect(loading[0]).toBe(true)
    expect(store.loading).toBe(false)
    wrapper.unmount()
  })

  it('plays nothing for a page whose transition is "none", but still reports loading', async () => {
    const store = useSiteStore()
    await store.loadSiteData()
    const wrapper = await mountSuspended(Probe)
    // Let anything left from an earlier navigation finish first.
    await useNuxtApp().callHook('page:finish')
    await vi.waitFor(() => expect(useTransitionOverlay().phase.value).toBe('idle'), { timeout: 2000 })
    const phases: string[] = []
    const stop = watch(() => useTransitionOverlay().phase.value, p => phases.push(p), { flush: 'sync' })
    let sawLoading = false
    const stopLoading = watch(() => store.loading, (l) => {
      if (l) sawLoading = true
    }, { flush: 'sync' })
    await useRouter().push('/quiet')
    await useNuxtApp().callHook('page:finish')
    stop()
    stopLoading()
    expect(phases).toEqual([])
    expect(sawLoading).toBe(true)
    expect(store.loading).toBe(false)
    wrapper.unmount()
  })
})
