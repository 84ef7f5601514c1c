import type { Image } from '../../shared/schema'
import { formatJsonPath } from './problems'

type Path = Array<string | number>

/** Visits every object in a content tree with its JSON path; `visit` returns true to stop descending. */
function walk(value: unknown, path: Path, visit: (node: Record<string, unknown>, path: Path) => boolean): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit))
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (visit(node, path)) return
    for (const [k, child] of Object.entries(node)) walk(child, [...path, k], visit)
  }
}

/** Every image in a content tree (anything with `src`, `width` and `height`), with its JSON path. */
export function collectImages(value: unknown, path: Path = []): Array<{ image: Image, path: string }> {
  const found: Array<{ image: Image, path: string }> = []
  walk(value, path, (node, p) => {
    if (typeof node.src !== 'string' || typeof node.width !== 'number' || typeof node.height !== 'number') return false
    found.push({ image: node as unknown as Image, path: formatJsonPath(p) })
    return true
  })
  return found
}

/** Every `href` in a content tree, with its JSON path. */
export function collectHrefs(value: unknown, path: Path = []): Array<{ href: string, path: string }> {
  const found: Array<{ href: string, path: string }> = []
  walk(value, path, (node, p) => {
    if (typeof node.href === 'string') found.push({ href: node.href, path: formatJsonPath([...p, 'href']) })
    return false
  })
  return found
}
