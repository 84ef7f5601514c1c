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
  /** For articles and posts: when it was published and last changed, who wrote it, how long it reads. */
  published?: string
  modified?: string
  authors?: string[]
  readingMinutes?: number
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
    // The page in the site's language; another language would add its own alternate here.
    link: () => (canonical.value && settings.value
      ? [
          { rel: 'canonical', href: canonical.value },
          { rel: 'alternate', hreflang: settings.value.lang, href: canonical.value },
          { rel: 'alternate', hreflang: 'x-default', href: canonical.value },
        ]
      : []),
  })
  useSeoMeta({
    title: () => page.value?.title,
    description: () => page.value?.description,
    ogTitle: () => page.value?.title,
    ogDescription: () => page.value?.description,
    ogType: () => page.value?.type ?? 'website',
    ogUrl: () => canonical.value,
    ogSiteName: () => settings.value?.name,
    // Open Graph writes a locale as language_TERRITORY.
    ogLocale: () => settings.value?.lang.replace('-', '_'),
    articlePublishedTime: () => (page.value?.type === 'article' ? page.value.published : undefined),
    articleModifiedTime: () => (page.value?.type === 'article' ? page.value.modified ?? page.value.published : undefined),
    articleAuthor: () => (page.value?.type === 'article' && page.value.authors?.length ? page.value.authors : undefined),
    twitterLabel1: () => (page.value?.readingMinutes ? 'Reading time' : undefined),
    twitterData1: () => (page.value?.readingMinutes ? `${page.value.readingMinutes} min read` : undefined),
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
