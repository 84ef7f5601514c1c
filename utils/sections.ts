import type { Link, Navigation } from '#shared/schema'
import { isInternalPath } from '#shared/utils/href'

type NavGroup = Navigation['header'][number]

/** A link's path as compared: lower case, without query, hash or trailing slash. */
const pathOf = (href: string) => href.split(/[?#]/)[0]!.replace(/\/+$/, '').toLowerCase()

/** Whether the page at `path` is `href`'s page or one under it (`/research/x` is under `/research`). */
export function isWithin(path: string, href: string): boolean {
  if (!isInternalPath(href)) return false
  const section = pathOf(href)
  const page = pathOf(path)
  return !!section && (page === section || page.startsWith(`${section}/`))
}

/** The links of a header group: its own address and its dropdown's. */
const groupLinks = (group: NavGroup): Link[] => [...(group.url ? [{ label: group.title, href: group.url }] : []), ...group.items]

/** The longest of `links` that `path` is within, or undefined. */
function deepest(path: string, links: Link[], strictlyUnder = false): Link | undefined {
  let best: Link | undefined
  for (const link of links) {
    if (!isWithin(path, link.href) || (strictlyUnder && pathOf(link.href) === pathOf(path))) continue
    if (pathOf(link.href).length > pathOf(best?.href ?? '').length) best = { label: link.label, href: link.href }
  }
  return best
}

/**
 * The header group the page at `path` belongs to, for the header's "you are here" mark: the
 * group holding the deepest link the page is within (an article under /research marks the
 * group that links to /research). Undefined for pages outside every group (the home page).
 */
export function currentGroup(path: string, header: NavGroup[]): string | undefined {
  const best = deepest(path, header.flatMap(groupLinks))
  return best && header.find(group => groupLinks(group).some(l => l.href === best.href))?.title
}

/**
 * The part of the site a missing address seems to belong to (the not-found page's suggestion):
 * the navigation's deepest link it lies under (`/research/sparse-circuit` → `/research`).
 */
export function sectionFor(path: string, navigation: Navigation): Link | undefined {
  return deepest(path, [...navigation.header.flatMap(groupLinks), ...navigation.footer.flatMap(c => c.items)], true)
}
