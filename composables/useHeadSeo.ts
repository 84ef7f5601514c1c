import type { MaybeRefOrGetter } from 'vue'
import type { Image, Site } from '#shared/schema'
import { absoluteUrl } from '#shared/utils/url'

export interface HeadSeoInput {
  title: string
  description: string
  /** Site path of the page, e.g. `/research/sparse-circuits`. */
  path: string
  image?: Image
  type?: 'website' | 'article'
  noindex?: boolean
  /** With noindex: whether crawlers may still follow the page's links (index states) or not (drafts). */
  follow?: boolean
}

/**
 * Every head tag a page needs: title through the site's template, description, canonical
 * URL, Open Graph and Twitter card with the page's (or the site's) image, `lang`, robots.
 */
export function useHeadSeo(input: MaybeRefOrGetter<HeadSeoInput | undefined>, site: MaybeRefOrGetter<Site | undefined>): void {
  const page = computed(() => toValue(input))
  const settings = computed(() => toValue(site))
  const image = computed(() => page.value?.image ?? settings.value?.socialImage)
  const canonical = computed(() => (page.value && settings.value ? absoluteUrl(settings.value, page.value.path) : undefined))
  const imageUrl = computed(() => (image.value && settings.value ? absoluteUrl(settings.value, image.value.src) : undefined))

  useHead({
    htmlAttrs: { lang: () => settings.value?.lang ?? 'en' },
    titleTemplate: (title?: string) => {
      const template = settings.value?.titleTemplate
      if (!title) return settings.value?.name ?? ''
      // The home page is the site itself: its title alone, not "Kestrel Lab | Kestrel Lab".
      return template && title !== settings.value?.name ? template.replace('%s', title) : title
    },
    link: () => (canonical.value ? [{ rel: 'canonical', href: canonical.value }] : []),
  })
  useSeoMeta({
    title: () => page.value?.title,
    description: () => page.value?.description,
    ogTitle: () => page.value?.title,
    ogDescription: () => page.value?.description,
    ogType: () => page.value?.type ?? 'website',
    ogUrl: () => canonical.value,
    ogSiteName: () => settings.value?.name,
    ogImage: () => imageUrl.value,
    ogImageAlt: () => image.value?.alt ?? '',
    ogImageWidth: () => image.value?.width,
    ogImageHeight: () => image.value?.height,
    twitterCard: 'summary_large_image',
    twitterSite: () => settings.value?.socialHandle,
    twitterTitle: () => page.value?.title,
    twitterDescription: () => page.value?.description,
    twitterImage: () => imageUrl.value,
    twitterImageAlt: () => image.value?.alt ?? '',
    robots: () => (page.value?.noindex ? `noindex, ${page.value.follow ? 'follow' : 'nofollow'}` : 'index, follow'),
  })
}
