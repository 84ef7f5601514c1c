import type { Navigation, Page, RenderAuthor, Site } from '../../shared/schema'
import { absoluteUrl } from '../../shared/utils/url'
import { rasterLogo } from '../../shared/utils/site-icons'

type Thing = Record<string, unknown>

function organization(site: Site, navigation: Navigation): Thing {
  return {
    '@type': 'Organization',
    'name': site.name,
    'url': absoluteUrl(site, '/'),
    'logo': absoluteUrl(site, rasterLogo),
    'sameAs': navigation.social.map(s => s.href),
  }
}

/**
 * schema.org data for a page: the Organization on the home page, an Article for every
 * collection entry, and a BreadcrumbList for pages below the first level.
 */
export function structuredData(args: {
  site: Site
  navigation: Navigation
  path: string
  page: Page
  collection?: string
  /** The page's authors as resolved: their own page, else their page of the index. */
  authors: RenderAuthor[]
  /** Titles of the pages above this one that exist, by path. */
  ancestors: Array<{ path: string, title: string }>
}): Thing[] {
  const { site, navigation, path, page, collection, authors, ancestors } = args
  const things: Thing[] = []
  if (path === '/') things.push({ '@context': 'https://schema.org', ...organization(site, navigation) })
  if (collection && page.date) {
    const org = organization(site, navigation)
    things.push({
      '@context': 'https://schema.org',
      '@type': 'Article',
      'headline': page.title,
      'description': page.description,
      'datePublished': page.date,
      'dateModified': page.date,
      'mainEntityOfPage': absoluteUrl(site, path),
      ...(page.image ? { image: [absoluteUrl(site, page.image.src)] } : {}),
      'author': authors.length
        ? authors.map((a) => {
            const url = a.url ?? a.href
            return { '@type': 'Person', 'name': a.name, ...(url ? { url: url.startsWith('/') ? absoluteUrl(site, url) : url } : {}) }
          })
        : [{ '@type': 'Organization', 'name': site.name, 'url': absoluteUrl(site, '/') }],
      'publisher': { '@type': 'Organization', 'name': org.name, 'logo': { '@type': 'ImageObject', 'url': org.logo } },
    })
  }
  if (path.split('/').length > 2) {
    const trail = [{ path: '/', title: 'Home' }, ...ancestors, { path, title: page.title }]
    things.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      'itemListElement': trail.map((item, i) => ({ '@type': 'ListItem', 'position': i + 1, 'name': item.title, 'item': absoluteUrl(site, item.path) })),
    })
  }
  return things
}
