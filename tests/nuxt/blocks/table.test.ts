import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksTable from '~/components/blocks/BlocksTable.vue'
import { makeTable } from '../../support/factories'

describe('table block', () => {
  it('has a caption, a header row, row headers and muted secondary cells', async () => {
    const wrapper = await mountSuspended(BlocksTable, { props: { block: makeTable() } })
    expect(wrapper.get('.table__caption').text()).toBe('Accuracy by model')
    // Named by the caption above it, which wraps to the screen rather than to the table's width.
    expect(wrapper.get('table').attributes('aria-labelledby')).toBe(wrapper.get('.table__caption').attributes('id'))
    expect(wrapper.findAll('thead th').map(th => [th.text(), th.attributes('scope')])).toEqual([['Model', 'col'], ['Accuracy', 'col']])
    expect(wrapper.findAll('tbody th').map(th => [th.text(), th.attributes('scope')])).toEqual([['Baseline', 'row'], ['Sparse', 'row']])
    expect(wrapper.findAll('td.is-secondary').map(td => td.text())).toEqual(['61.2%'])
    expect(wrapper.get('tbody tr:last-child td strong').text()).toBe('74.8%')
    expect(wrapper.get('figcaption').text()).toBe('Mean of five seeds.')
  })

  it('scrolls in a focusable region named by its caption, so keyboard users can scroll it', async () => {
    const wrapper = await mountSuspended(BlocksTable, { props: { block: makeTable() } })
    const region = wrapper.get('[role="region"]')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.attributes('aria-labelledby')).toBe(wrapper.get('.table__caption').attributes('id'))
  })

  it('keeps the first column in view when the author asks', async () => {
    expect((await mountSuspended(BlocksTable, { props: { block: makeTable() } })).get('figure').classes()).not.toContain('table--sticky')
    expect((await mountSuspended(BlocksTable, { props: { block: makeTable({ stickyFirstColumn: true }) } })).get('figure').classes()).toContain('table--sticky')
  })

  it('uses plain cells when the first column does not name the rows', async () => {
    const wrapper = await mountSuspended(BlocksTable, { props: { block: makeTable({ rowHeaders: false, note: undefined }) } })
    expect(wrapper.find('tbody th').exists()).toBe(false)
    expect(wrapper.find('figcaption').exists()).toBe(false)
  })
})
