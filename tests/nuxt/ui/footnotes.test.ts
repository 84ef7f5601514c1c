import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import UiFootnotes from '~/components/ui/UiFootnotes.vue'
import UiRichInline from '~/components/ui/UiRichInline.vue'
import { createRichResolver } from '../../../server/content/rich'

describe('notes', () => {
  const rich = createRichResolver({ footnotes: [{ id: 'a', text: 'First.' }, { id: 'b', text: 'Second.' }], footnoteStyle: 'capitals' })
  const paragraph = rich.text('One[^a] and two[^b].')
  const notes = rich.footnotes()

  it('are an endnotes section under the page\'s own heading, marked A, B, C, each with its way back', async () => {
    const wrapper = await mountSuspended(UiFootnotes, { props: { notes, numbering: 'capitals', heading: 'References' } })
    const section = wrapper.get('section')
    expect(section.attributes('role')).toBe('doc-endnotes')
    expect(wrapper.get('h2').text()).toBe('References')
    expect(section.attributes('aria-labelledby')).toBe(wrapper.get('h2').attributes('id'))
    expect(wrapper.get('ol').classes()).toContain('footnotes__list--capitals')
    expect(wrapper.findAll('a.footnotes__back').map(a => [a.attributes('role'), a.attributes('aria-label')])).toEqual([['doc-backlink', 'Back to reference A'], ['doc-backlink', 'Back to reference B']])
  })

  it('are cited by references marked as note references', async () => {
    const first = paragraph[0]!
    const wrapper = await mountSuspended(UiRichInline, { props: { nodes: first.type === 'p' ? first.children : [] } })
    expect(wrapper.findAll('sup a').map(a => [a.text(), a.attributes('role'), a.attributes('href')])).toEqual([['A', 'doc-noteref', '#fn-a'], ['B', 'doc-noteref', '#fn-b']])
  })
})
