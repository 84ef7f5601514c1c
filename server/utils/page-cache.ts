import type { H3Event } from 'h3'
import { isFileHref } from '../../shared/utils/href'
import { createLru } from '../../shared/utils/lru'
import { PREVIEW_COOKIE } from './preview'

/**
 * The Node server's page cache: rendered HTML of public pages, kept in memory. Content is
 * bundled into the server build and never changes while it runs, so a page renders the same
 * until the next deploy; the cache only saves the work. Bounded (least recently used out
 * first) and timed, so memory stays flat whatever visitors ask for.
 *
 * Off with SITE_PAGE_CACHE=0 (runtimeConfig.pageCache). Never used for previews (a preview cookie, valid or not),
 * URLs with a query string, methods other than GET/HEAD, or anything but a 200 page.
 */
export interface CachedPage {
  /**
   * The page's UTF-8 bytes, encoded once when it is kept. Kept as a string, every hit encoded
   * the whole page again on its way to the socket: most of the time a hit took.
   */
  body: Uint8Array
  headers: Record<string, string>
  expires: number
}

const ttlMs = 10 * 60 * 1000
const pages = createLru<string, CachedPage>(500)
let enabled: boolean | undefined

export function pageCacheEnabled(): boolean {
  enabled ??= !import.meta.dev && !import.meta.prerender && Boolean(useRuntimeConfig().pageCache)
  return enabled
}

/** The key for a request the cache may answer or keep, or undefined when it must not. */
export function pageCacheKey(event: H3Event): string | undefined {
  if (!pageCacheEnabled() || (event.method !== 'GET' && event.method !== 'HEAD')) return undefined
  const path = event.path
  // Whole pages only: not data, assets, files or Nuxt's `/x/_payload.json`.
  if (path.includes('?') || /^\/(?:api|_nuxt|_ipx|_blocks|katex)(?:\/|$)/.test(path) || isFileHref(path)) return undefined
  if (getCookie(event, PREVIEW_COOKIE) !== undefined) return undefined
  return path
}

export function cachedPage(key: string, now = Date.now()): CachedPage | undefined {
  const hit = pages.get(key)
  if (hit && hit.expires <= now) {
    pages.delete(key)
    return undefined
  }
  return hit
}

export function keepPage(key: string, page: Omit<CachedPage, 'expires'>, now = Date.now()): void {
  pages.set(key, { ...page, expires: now + ttlMs })
}
