import { mountSuspended } from '@nuxt/test-utils/runtime'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import BlocksEmbed from '~/components/blocks/BlocksEmbed.vue'
import SampleViewer from '~/components/embeds/SampleViewer.vue'
import LineChart from '~/components/embeds/LineChart.vue'
import TokenHeatmap from '~/components/embeds/TokenHeatmap.vue'
import { embedLoaders } from '~/components/embeds/registry'
import { embedDefinitions, embedNames } from '#shared/schema'
import type { EmbedProps } from '#shared/schema'
import { makeEmbed } from '../../support/factories'

const sampleProps = makeEmbed().props as EmbedProps<'sample-viewer'>
const chart = embedDefinitions['line-chart'].props.parse({
  xLabel: 'Units removed',
  yLabel: 'Accuracy',
  yFormat: 'percent',
  series: [
    { label: 'Carry first', points: [[0, 0.97], [10, 0.71], [20, 0.32]] },
    { label: 'Random', points: [[0, 0.97], [20, 0.95]] },
  ],
})
const heatmap = embedDefinitions['token-heatmap'].props.parse({
  tokens: ['The', ' sum', ' 48', ' 75'],
  maps: [{ label: 'Unit 812', scores: [0, 0.1, 0.8, -0.9] }, { label: 'Unit 233', scores: [0.3, 0, 0, 0] }],
})

describe('embed block', () => {
  // jsdom-like environments have no IntersectionObserver: a stand-in that reports what it is told.
  let observed: Array<(entries: Array<{ isIntersecting: boolean }>) => void> = []
  beforeEach(() => {
    observed = []
    vi.stubGlobal('IntersectionObserver', class {
      constructor(callback: (entries: Array<{ isIntersecting: boolean }>) => void) { observed.push(callback) }
      observe() {}
      disconnect() {}
    })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('registers a component for every embed name, and no other', () => {
    expect(Object.keys(embedLoaders).sort()).toEqual([...embedNames].sort())
  })

  it('shows its fallback until it comes near the screen, then says it is loading, then draws the component', async () => {
    const wrapper = await mountSuspended(BlocksEmbed, { props: { block: makeEmbed() } })
    const status = () => wrapper.get('[role="status"]')
    expect(wrapper.get('.embed__fallback').text()).toContain('Early on the model repeats words')
    expect(wrapper.find('[role="tab"]').exists()).toBe(false)
    expect(status().text()).toBe('')
    expect(wrapper.get('section').attributes('aria-labelledby')).toBe(wrapper.get('h2').attributes('id'))

    observed.at(-1)!([{ isIntersecting: true }])
    await wrapper.vm.$nextTick()
    expect(status().text()).toBe('Loading the interactive sample viewer…')
    expect(status().classes()).not.toContain('sr-only')
    expect(wrapper.get('section').attributes('aria-busy')).toBe('true')

    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[role="tab"]').exists()).toBe(true)
    }, { timeout: 5000 })
    expect(wrapper.find('.embed__fallback').exists()).toBe(false)
    expect(status().text()).toBe('The interactive sample viewer is ready.')
    expect(status().classes()).toContain('sr-only')
    // The tabs are named by the block's heading.
    expect(wrapper.get('[role="tablist"]').attributes('aria-labelledby')).toBe(wrapper.get('h2').attributes('id'))
  })

  it('keeps the fallback and offers to try again when the code cannot be fetched', async () => {
    const failing = vi.spyOn(embedLoaders, 'sample-viewer').mockRejectedValueOnce(new Error('offline'))
    const wrapper = await mountSuspended(BlocksEmbed, { props: { block: makeEmbed() } })
    observed.at(-1)!([{ isIntersecting: true }])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.get('[role="status"]').text()).toBe('The interactive sample viewer could not be loaded.')
    })
    expect(wrapper.get('.embed__fallback').text()).toContain('Early on the model repeats words')
    failing.mockRestore()
    await wrapper.get('button.embed__retry').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[role="tab"]').exists()).toBe(true)
    }, { timeout: 5000 })
  })
})

describe('sample viewer embed', () => {
  it('renders WAI-ARIA tabs with only the first panel shown', async () => {
    const wrapper = await mountSuspended(SampleViewer, { props: { data: sampleProps, label: 'Interactive sample viewer' } })
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map(t => [t.text(), t.attributes('aria-selected'), t.attributes('tabindex')])).toEqual([
      ['Early', 'true', '0'], ['Middle', 'false', '-1'], ['Late', 'false', '-1'],
    ])
    expect(wrapper.get('[role="tablist"]').attributes('aria-label')).toBe('Interactive sample viewer')
    const panels = wrapper.findAll('[role="tabpanel"]')
    expect(panels.map(p => p.attributes('hidden') !== undefined)).toEqual([false, true, true])
    expect(panels[0]!.attributes('aria-labelledby')).toBe(tabs[0]!.attributes('id'))
    expect(tabs[0]!.attributes('aria-controls')).toBe(panels[0]!.attributes('id'))
  })

  it('moves with the arrow keys, wraps around, and jumps with Home and End', async () => {
    const wrapper = await mountSuspended(SampleViewer, { props: { data: sampleProps, label: 'Samples' }, attachTo: document.body })
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

describe('line chart embed', () => {
  it('draws one line per series, reads every shown line at the slider\'s x, and hides a line from the legend', async () => {
    const wrapper = await mountSuspended(LineChart, { props: { data: chart, label: 'Chart' } })
    expect(wrapper.findAll('polyline')).toHaveLength(2)
    const slider = wrapper.get('input[type="range"]')
    expect(slider.attributes('max')).toBe('2')
    expect(slider.attributes('aria-valuetext')).toBe('Units removed 0: Carry first 97%, Random 97%')
    await slider.setValue('1')
    // Random has no point at 10: its value is read between 0 and 20.
    expect(slider.attributes('aria-valuetext')).toBe('Units removed 10: Carry first 71%, Random 96%')
    expect(wrapper.get('output').text()).toContain('Carry first: 71%')
    const [, random] = wrapper.findAll('input[type="checkbox"]')
    await random!.setValue(false)
    expect(slider.attributes('aria-valuetext')).toBe('Units removed 10: Carry first 71%')
    expect(wrapper.findAll('polyline')[1]!.attributes('style')).toContain('display: none')
    expect(wrapper.findAll('circle')).toHaveLength(1)
  })
})

describe('token heatmap embed', () => {
  it('shades each token by its score, lists the strongest, and switches between sets of scores', async () => {
    const wrapper = await mountSuspended(TokenHeatmap, { props: { data: heatmap, label: 'Heatmap' } })
    const tokens = wrapper.findAll('.heatmap__token')
    expect(tokens.map(t => t.text())).toEqual(['The', 'sum', '48', '75'])
    expect(tokens[2]!.attributes('style')).toContain('rgb(234 88 12 / 0.360)')
    expect(tokens[3]!.attributes('style')).toContain('rgb(37 99 235 / 0.405)')
    expect(wrapper.findAll('.heatmap__strongest li').map(li => li.text())).toEqual([expect.stringMatching(/^75 [-−]0\.90$/), '48 +0.80', 'sum +0.10'])
    // The shaded copy is hidden from screen readers; they read the text once, plainly.
    expect(wrapper.get('.heatmap__text').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('p.sr-only').text()).toBe('The sum 48 75')
    await wrapper.findAll('input[type="radio"]')[1]!.setValue()
    expect(wrapper.get('.heatmap__strongest-title').text()).toBe('Strongest tokens: Unit 233')
    expect(wrapper.findAll('.heatmap__strongest li').map(li => li.text())).toEqual(['The +0.30'])
  })
})
