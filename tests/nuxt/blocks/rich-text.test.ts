import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import BlocksRichText from '~/components/blocks/BlocksRichText.vue'
import { makeRichText, rich } from '../../support/factories'

describe('rich-text block', () => {
  it('renders paragraphs, lists, emphasis, code and links', async () => {
    const wrapper = await mountSuspended(BlocksRichText, {
      props: { block: makeRichText('A **bold** and *quiet* `x < y`, see [Atlas](/tools/atlas) or [the web](https://example.org).\n\n- one\n- two\n\n1. first') },
    })
    expect(wrapper.get('strong').text()).toBe('bold')
    expect(wrapper.get('em').text()).toBe('quiet')
    expect(wrapper.get('code').text()).toBe('x < y')
    expect(wrapper.findAll('ul li').map(li => li.text())).toEqual(['one', 'two'])
    expect(wrapper.findAll('ol li').map(li => li.text())).toEqual(['first'])
    expect(wrapper.get('a[href="/tools/atlas"]').text()).toBe('Atlas')
    expect(wrapper.get('a[href="https://example.org"]').attributes('rel')).toBe('noopener noreferrer')
  })

  it('draws nested lists inside their items, three levels deep', async () => {
    const wrapper = await mountSuspended(BlocksRichText, { props: { block: makeRichText('1. Collect\n   - Account\n     - name\n     - address\n   - Usage\n2. Keep') } })
    expect(wrapper.findAll('ol > li').map(li => li.text())).toEqual(['CollectAccountnameaddressUsage', 'Keep'])
    expect(wrapper.findAll('ol > li > ul > li > ul > li').map(li => li.text())).toEqual(['name', 'address'])
    expect(wrapper.get('ol > li > ul').element.children).toHaveLength(2)
  })

  it('links footnote references to their notes', async () => {
    const block = makeRichText('', { text: rich('Claim.[^src]', [{ id: 'src', text: 'Source.' }]) })
    const wrapper = await mountSuspended(BlocksRichText, { props: { block } })
    const ref = wrapper.get('sup.footnote-ref a')
    expect(ref.attributes()).toMatchObject({ 'id': 'fnref-src', 'href': '#fn-src', 'aria-label': 'Note 1' })
    expect(ref.text()).toBe('1')
  })

  it('renders inline math from the server, never markup from the text', async () => {
    const wrapper = await mountSuspended(BlocksRichText, { props: { block: makeRichText('So $x^2$ and <b onclick="x()">not bold</b>.') } })
    expect(wrapper.find('.math-inline .katex').exists()).toBe(true)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('<b onclick="x()">not bold</b>')
  })

  it('shows the label of a link whose URL is unsafe, without a link', async () => {
    const block = makeRichText('', { text: [{ type: 'p', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'Click' }] }] }] })
    const wrapper = await mountSuspended(BlocksRichText, { props: { block } })
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.text()).toBe('Click')
  })
})
