import type { Site } from '#shared/schema'

/** `/research/x` on https://lab.example -> https://lab.example/research/x */
export function absoluteUrl(site: Pick<Site, 'url'>, path: string): string {
  return `${site.url}${path === '/' ? '/' : path}`
}
