import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksListingIndex from '~/components/blocks/BlocksListingIndex.vue'
import { makeIndexView, makeListingIndex } from '../../support/factories'

describe('listing-index block', () => {
  it('shows one card per entry with image, title, category and date', async () => {
    const wrapper = await mountSuspended(BlocksListingIndex, { props: { block: makeListingIndex() } })
    const cards = wrapper.findAll('.index__cards article')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.get('h2 a').attributes('href')).toBe('/research/sparse-circuits')
    expect(cards[0]!.text()).toContain('Interpretability')
    expect(cards[0]!.find('img').exists()).toBe(true)
    expect(cards[0]!.get('time').attributes('datetime')).toBe('2026-09-18')
  })

  it('links every filter, order and page, marking the current ones', async () => {
    const wrapper = await mountSuspended(BlocksListingIndex, { props: { block: makeListingIndex() } })
    const current = wrapper.findAll('[aria-current]').map(a => [a.text().replace(/\s+/g, ' ').trim(), a.attributes('aria-current')])
    expect(current).toEqual([['All categories', 'true'], ['All tags', 'true'], ['Newest first', 'true'], ['Page 1', 'page']])
    expect(wrapper.get('a[href="/research/tag/circuits"]').text()).toContain('circuits')
    expect(wrapper.get('a[href="/research/category/memory"]').text()).toContain('Memory')
    expect(wrapper.get('a[href="/research/oldest"]').text()).toBe('Oldest first')
    expect(wrapper.get('a[rel="next"]').attributes('href')).toBe('/research/page/2')
    expect(wrapper.find('a[rel="prev"]').exists()).toBe(false)
    expect(wrapper.get('[role="status"]').text()).toBe('1–2 of 14')
  })

  it('links the first, the last and the nearby pages of a long index, with an ellipsis hidden from screen readers for the rest', async () => {
    const block = makeListingIndex({ index: makeIndexView({ state: { sort: 'newest', page: 15 }, total: 360, pageCount: 30 }) })
    const wrapper = await mountSuspended(BlocksListingIndex, { props: { block } })
    const pager = wrapper.get('nav[aria-label="Pages"]')
    expect(pager.findAll('li a').map(a => a.text().replace(/\s+/g, ' ').trim())).toEqual(['Page 1', 'Page 13', 'Page 14', 'Page 15', 'Page 16', 'Page 17', 'Page 30'])
    const gaps = pager.findAll('li.index__gap')
    expect(gaps.map(g => [g.text(), g.attributes('aria-hidden')])).toEqual([['…', 'true'], ['…', 'true']])
    expect(pager.get('[aria-current="page"]').attributes('href')).toBe('/research/page/15')
    expect(pager.get('a[rel="prev"]').attributes('href')).toBe('/research/page/14')
    expect(pager.get('a[rel="next"]').attributes('href')).toBe('/research/page/16')
  })

  it('says which filter is on and hides paging when there is one page', async () => {
    const block = makeListingIndex({ index: makeIndexView({ state: { tag: 'memory', sort: 'newest', page: 1 }, total: 2, pageCount: 1 }) })
    const wrapper = await mountSuspended(BlocksListingIndex, { props: { block } })
    expect(wrapper.get('[role="status"]').text()).toBe('Tagged “memory”: 1–2 of 2')
    expect(wrapper.find('nav[aria-label="Pages"]').exists()).toBe(false)
  })

  it('says a category and a tag together, and links each category with the tag kept', async () => {
    const block = makeListingIndex({ index: makeIndexView({ state: { category: 'memory', tag: 'circuits', sort: 'newest', page: 1 }, total: 1, pageCount: 1 }) })
    const wrapper = await mountSuspended(BlocksListingIndex, { props: { block } })
    expect(wrapper.get('[role="status"]').text()).toBe('In “Memory”, tagged “circuits”: 1–2 of 1')
    expect(wrapper.get('a[href="/research/category/interpretability/tag/circuits"]').text()).toContain('Interpretability')
    expect(wrapper.get('a[href="/research/tag/circuits"]').text()).toBe('All categories')
  })

  it('on an author\'s page, names the author, links their own page, and offers the way back to all', async () => {
    const block = makeListingIndex({ index: makeIndexView({
      state: { author: 'ines-calder', sort: 'newest', page: 1 },
      author: { kind: 'author', label: 'Ines Calder', slug: 'ines-calder', count: 2, url: 'https://calder.example' },
      total: 2,
      pageCount: 1,
    }) })
    const wrapper = await mountSuspended(BlocksListingIndex, { props: { block } })
    expect(wrapper.get('[role="status"]').text()).toBe('By Ines Calder: 1–2 of 2')
    const row = wrapper.get('ul[aria-labelledby$="-authors"]')
    expect(row.findAll('a').map(a => [a.text().replace(/\s+/g, ' ').trim(), a.attributes('href'), a.attributes('aria-current')]))
      .toEqual([['All authors', '/research', undefined], ['Ines Calder, 2 entries', '/research/author/ines-calder', 'true']])
    expect(wrapper.get('a[href="https://calder.example"]').text()).toContain('More about Ines Calder')
  })
})
