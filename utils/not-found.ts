import type { Link, Navigation } from '#shared/schema'
import { isInternalPath } from '#shared/utils/href'

/**
 * The part of the site a missing address seems to belong to: the navigation's link whose path
 * is the longest prefix of it (`/research/sparse-circuit` → Research). Undefined when none is.
 */
export function sectionFor(path: string, navigation: Navigation): Link | undefined {
  const links: Link[] = [
    ...navigation.header.flatMap(group => [...(group.url ? [{ label: group.title, href: group.url }] : []), ...group.items]),
    ...navigation.footer.flatMap(column => column.items),
  ]
  const wanted = path.replace(/\/+$/, '').toLowerCase()
  let best: Link | undefined
  for (const link of links) {
    const href = link.href.split(/[?#]/)[0]!.replace(/\/+$/, '').toLowerCase()
    if (!isInternalPath(link.href) || !href || href === wanted) continue
    if (wanted.startsWith(`${href}/`) && href.length > (best?.href.length ?? 0)) best = { label: link.label, href: link.href }
  }
  return best
}
