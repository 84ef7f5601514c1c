import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksMath from '~/components/blocks/BlocksMath.vue'
import { makeMath } from '../../support/factories'

describe('math block', () => {
  it('shows the server-rendered formula with MathML for screen readers, and its caption', async () => {
    const wrapper = await mountSuspended(BlocksMath, { props: { block: makeMath('\\frac{a}{b}') } })
    expect(wrapper.find('.katex-display').exists()).toBe(true)
    expect(wrapper.find('math annotation').text()).toBe('\\frac{a}{b}')
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Formula: Energy and mass.')
    expect(wrapper.get('figcaption').text()).toBe('Energy and mass.')
  })

  it('has no caption when none is given', async () => {
    const wrapper = await mountSuspended(BlocksMath, { props: { block: makeMath('x', { caption: undefined }) } })
    expect(wrapper.find('figcaption').exists()).toBe(false)
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Formula')
  })
})
