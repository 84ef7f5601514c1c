import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksSampleViewer from '~/components/blocks/BlocksSampleViewer.vue'
import { makeSampleViewer } from '../../support/factories'

describe('sample-viewer block', () => {
  it('renders WAI-ARIA tabs with only the first panel shown', async () => {
    const wrapper = await mountSuspended(BlocksSampleViewer, { props: { block: makeSampleViewer() } })
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map(t => [t.text(), t.attributes('aria-selected'), t.attributes('tabindex')])).toEqual([
      ['Early', 'true', '0'], ['Middle', 'false', '-1'], ['Late', 'false', '-1'],
    ])
    expect(wrapper.get('[role="tablist"]').attributes('aria-labelledby')).toBe(wrapper.get('h2').attributes('id'))
    const panels = wrapper.findAll('[role="tabpanel"]')
    expect(panels.map(p => p.attributes('hidden') !== undefined)).toEqual([false, true, true])
    expect(panels[0]!.attributes('aria-labelledby')).toBe(tabs[0]!.attributes('id'))
    expect(tabs[0]!.attributes('aria-controls')).toBe(panels[0]!.attributes('id'))
  })

  it('moves with the arrow keys, wraps around, and jumps with Home and End', async () => {
    const wrapper = await mountSuspended(BlocksSampleViewer, { props: { block: makeSampleViewer() }, attachTo: document.body })
    const selected = () => wrapper.findAll('[role="tab"]').findIndex(t => t.attributes('aria-selected') === 'true')
    const list = wrapper.get('[role="tablist"]')
    await list.trigger('keydown', { key: 'ArrowRight' })
    expect(selected()).toBe(1)
    expect(document.activeElement?.textContent?.trim()).toBe('Middle')
    await list.trigger('keydown', { key: 'End' })
    expect(selected()).toBe(2)
    await list.trigger('keydown', { key: 'ArrowRight' })
    expect(selected()).toBe(0)
    await list.trigger('keydown', { key: 'ArrowLeft' })
    expect(selected()).toBe(2)
    await list.trigger('keydown', { key: 'Home' })
    expect(selected()).toBe(0)
    await wrapper.findAll('[role="tab"]')[1]!.trigger('click')
    expect(selected()).toBe(1)
    expect(wrapper.findAll('[role="tabpanel"]')[1]!.text()).toContain('A bird that flies.')
    wrapper.unmount()
  })
})
