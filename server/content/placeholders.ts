import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import sharp from 'sharp'

const imageExtensions = /\.(?:png|jpe?g|webp|avif)$/i

/**
 * What makePlaceholder makes. Part of each cache entry, so that a change of format makes every
 * placeholder again instead of keeping the old ones.
 */
export const placeholderFormat = 'webp-16'

/**
 * A tiny preview of an image, shown as the `<img>` background until the real file arrives: a
 * 16-pixel WebP as a data URI (about 100 bytes). Browsers scale a background up smoothly, so it
 * reads as a blur. It used to be an SVG that blurred the thumbnail with a filter, which looked
 * the same, was five times the size, and cost the browser a whole SVG document per image on
 * every page load (40 to 140 ms of the research index's first layout at Lighthouse's 4×
 * slowdown, docs/performance-log.md, seventh session).
 */
export async function makePlaceholder(file: string): Promise<string> {
  const data = await sharp(file).resize(16, 16, { fit: 'inside' }).webp({ quality: 40 }).toBuffer()
  return `data:image/webp;base64,${data.toString('base64')}`
}

interface CacheEntry { version: string, format?: string, placeholder: string }

/** What the pages need to know about the images under public/, by URL path. */
export interface ImageInfo {
  /** Tiny previews, drawn blurred (see makePlaceholder). */
  placeholders: Record<string, string>
  /**
   * A short hash of each file's bytes. It goes into the image's variant URLs, which are cached
   * for a year: an image replaced under the same name gets new URLs, so no visitor keeps
   * seeing the old picture.
   */
  versions: Record<string, string>
}

/** The version of an image: the first 10 hex digits of the SHA-256 of its bytes. */
export function imageVersion(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10)
}

/**
 * Placeholder and version of every image under `publicDir`. Every file is read and hashed on
 * each build (cheap); placeholders, which are not, are cached by that hash, so a site with
 * thousands of images makes each once.
 */
export async function buildImageInfo(publicDir: string, cacheFile: string): Promise<ImageInfo> {
  let cache: Record<string, CacheEntry> = {}
  try {
    cache = JSON.parse(await readFile(cacheFile, 'utf8'))
  }
  catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => [])
  const files = entries.filter(e => e.isFile() && imageExtensions.test(e.name)).map(e => join(e.parentPath, e.name))
  const info: ImageInfo = { placeholders: {}, versions: {} }
  const nextCache: Record<string, CacheEntry> = {}
  for (const file of files) {
    const url = `/${relative(publicDir, file).split(sep).join('/')}`
    const version = imageVersion(await readFile(file))
    const hit = cache[url]
    const placeholder = hit && hit.version === version && hit.format === placeholderFormat ? hit.placeholder : await makePlaceholder(file)
    info.placeholders[url] = placeholder
    info.versions[url] = version
    nextCache[url] = { version, format: placeholderFormat, placeholder }
  }
  await mkdir(dirname(cacheFile), { recursive: true })
  await writeFile(cacheFile, JSON.stringify(nextCache))
  return info
}
