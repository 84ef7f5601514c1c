import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksButtonGroup from '~/components/blocks/BlocksButtonGroup.vue'
import { makeButtonGroup } from '../../support/factories'

describe('button-group block', () => {
  it('renders a list of link buttons, primary ones filled', async () => {
    const wrapper = await mountSuspended(BlocksButtonGroup, { props: { block: makeButtonGroup() } })
    const links = wrapper.findAll('li a')
    expect(links.map(a => [a.text().replace(/\s+/g, ' '), a.attributes('href')])).toEqual([
      ['Read the paper', '/research/sparse-circuits'],
      ['Code (opens in a new tab)', 'https://code.example.org'],
    ])
    expect(links.map(a => a.classes('button--primary'))).toEqual([true, false])
  })
})
