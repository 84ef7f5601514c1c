import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useHeadSeo } from '~/composables/useHeadSeo'
import type { HeadSeoInput } from '~/composables/useHeadSeo'
import { makeImage, makeSite } from '../../support/factories'

async function headFor(input: HeadSeoInput) {
  const Page = defineComponent({
    setup() {
      useHeadSeo(input, makeSite())
      return () => h('p', 'page')
    },
  })
  const wrapper = await mountSuspended(Page)
  // unhead writes the DOM head asynchronously, all of it at once.
  await vi.waitFor(() => expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(input.description))
  const meta = (key: string) => document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')
  return { wrapper, meta, title: document.title, canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href'), lang: document.documentElement.lang }
}

describe('useHeadSeo', () => {
  it('writes title through the template, description, canonical, Open Graph and Twitter tags', async () => {
    const { wrapper, meta, title, canonical, lang } = await headFor({
      title: 'Sparse circuits',
      description: 'Forty units do the arithmetic.',
      path: '/research/sparse-circuits',
      image: makeImage({ src: '/images/research-sparse-circuits.webp', alt: 'Teal lines', width: 1600, height: 1000 }),
      type: 'article',
    })
    expect(title).toBe('Sparse circuits | Kestrel Lab')
    expect(lang).toBe('en')
    expect(canonical).toBe('https://kestrel-lab.example/research/sparse-circuits')
    expect(meta('description')).toBe('Forty units do the arithmetic.')
    expect(meta('og:title')).toBe('Sparse circuits')
    expect(meta('og:type')).toBe('article')
    expect(meta('og:url')).toBe('https://kestrel-lab.example/research/sparse-circuits')
    expect(meta('og:image')).toBe('https://kestrel-lab.example/images/research-sparse-circuits.webp')
    expect(meta('og:image:alt')).toBe('Teal lines')
    expect(meta('twitter:card')).toBe('summary_large_image')
    expect(meta('twitter:site')).toBe('@kestrellab')
    expect(meta('robots')).toBe('index, follow')
    wrapper.unmount()
  })

  it('falls back to the site\'s social image, keeps the home title plain, and can ask robots not to index', async () => {
    const { wrapper, meta, title } = await headFor({ title: 'Kestrel Lab', description: 'Home.', path: '/', noindex: true })
    expect(title).toBe('Kestrel Lab')
    expect(meta('og:image')).toBe('https://kestrel-lab.example/images/social-default.webp')
    expect(meta('og:image:alt')).toBe('The lab mark')
    expect(meta('robots')).toBe('noindex, nofollow')
    wrapper.unmount()
  })
})
