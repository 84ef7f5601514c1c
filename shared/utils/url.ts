import type { Site } from '../schema'

/** `/research/x` on https://lab.example -> https://lab.example/research/x: what search engines, feeds and social cards need. */
export function absoluteUrl(site: Pick<Site, 'url'>, path: string): string {
  return `${site.url}${path === '/' ? '/' : path}`
}
