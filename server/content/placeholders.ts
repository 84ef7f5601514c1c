import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import sharp from 'sharp'

const imageExtensions = /\.(?:png|jpe?g|webp|avif)$/i

/**
 * A tiny blurred preview of an image as an SVG data URI, shown as the `<img>` background
 * until the real file arrives. The SVG blur keeps a 16-pixel thumbnail from looking blocky.
 */
export async function makePlaceholder(file: string): Promise<string> {
  const { data, info } = await sharp(file).resize(16, 16, { fit: 'inside' }).webp({ quality: 40 }).toBuffer({ resolveWithObject: true })
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${info.width} ${info.height}'><filter id='b' color-interpolation-filters='sRGB'><feGaussianBlur stdDeviation='.8'/><feComponentTransfer><feFuncA type='discrete' tableValues='1 1'/></feComponentTransfer></filter><image filter='url(%23b)' x='0' y='0' width='100%' height='100%' preserveAspectRatio='none' href='data:image/webp;base64,${data.toString('base64')}'/></svg>`
  return `data:image/svg+xml;charset=utf-8,${svg.replace(/"/g, '\'').replace(/</g, '%3C').replace(/>/g, '%3E')}`
}

interface CacheEntry { version: string, placeholder: string }

/** What the pages need to know about the images under public/, by URL path. */
export interface ImageInfo {
  /** Tiny blurred previews (see makePlaceholder). */
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
    const placeholder = hit && hit.version === version ? hit.placeholder : await makePlaceholder(file)
    info.placeholders[url] = placeholder
    info.versions[url] = version
    nextCache[url] = { version, placeholder }
  }
  await mkdir(dirname(cacheFile), { recursive: true })
  await writeFile(cacheFile, JSON.stringify(nextCache))
  return info
}
