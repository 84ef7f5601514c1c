import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
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

interface CacheEntry { key: string, placeholder: string }

/**
 * Placeholders for every image under `publicDir`, by URL path. Results are cached by file
 * size and modification time, so a site with thousands of images pays for each once.
 */
export async function buildPlaceholders(publicDir: string, cacheFile: string): Promise<Record<string, string>> {
  let cache: Record<string, CacheEntry> = {}
  try {
    cache = JSON.parse(await readFile(cacheFile, 'utf8'))
  }
  catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => [])
  const files = entries.filter(e => e.isFile() && imageExtensions.test(e.name)).map(e => join(e.parentPath, e.name))
  const result: Record<string, string> = {}
  const nextCache: Record<string, CacheEntry> = {}
  for (const file of files) {
    const url = `/${relative(publicDir, file).split(sep).join('/')}`
    const s = await stat(file)
    const key = `${s.size}:${s.mtimeMs}`
    const hit = cache[url]
    const placeholder = hit && hit.key === key ? hit.placeholder : await makePlaceholder(file)
    result[url] = placeholder
    nextCache[url] = { key, placeholder }
  }
  await mkdir(dirname(cacheFile), { recursive: true })
  await writeFile(cacheFile, JSON.stringify(nextCache))
  return result
}
