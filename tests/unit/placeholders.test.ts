import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildImageInfo, imageVersion, makePlaceholder, placeholderFormat } from '../../server/content/placeholders'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'placeholders-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A 320×180 image, left half red and right half blue. */
async function twoColourImage(file: string) {
  const half = { width: 160, height: 180, channels: 3 as const }
  const red = await sharp({ create: { ...half, background: '#d02020' } }).png().toBuffer()
  const blue = await sharp({ create: { ...half, background: '#2040d0' } }).png().toBuffer()
  await sharp({ create: { width: 320, height: 180, channels: 3, background: '#000' } })
    .composite([{ input: red, left: 0, top: 0 }, { input: blue, left: 160, top: 0 }])
    .webp()
    .toFile(file)
}

describe('image placeholders', () => {
  it('are a WebP of at most 16 pixels a side, in proportion, that keeps the picture\'s colours', async () => {
    const file = join(dir, 'wide.webp')
    await twoColourImage(file)
    const placeholder = await makePlaceholder(file)
    // A raster the browser scales up, not an SVG: an SVG image costs a document of its own.
    expect(placeholder).toMatch(/^data:image\/webp;base64,[\w+/]+=*$/)
    expect(placeholder.length).toBeLessThan(400)
    const bytes = Buffer.from(placeholder.slice(placeholder.indexOf(',') + 1), 'base64')
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([16, 9])
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)]
    const [lr, , lb] = pixel(1, 4)
    const [rr, , rb] = pixel(14, 4)
    expect(lr! > lb!).toBe(true)
    expect(rb! > rr!).toBe(true)
  })

  it('are made again when the cache holds an older format, and kept from the cache otherwise', async () => {
    const publicDir = join(dir, 'public')
    const cacheFile = join(dir, 'cache', 'images.json')
    await mkdir(join(publicDir, 'images'), { recursive: true })
    await mkdir(join(dir, 'cache'))
    const file = join(publicDir, 'images', 'a.webp')
    await twoColourImage(file)
    const version = imageVersion(await readFile(file))
    // An entry from before the format was recorded (the SVG placeholders).
    await writeFile(cacheFile, JSON.stringify({ '/images/a.webp': { version, placeholder: 'data:image/svg+xml,old' } }))
    const first = await buildImageInfo(publicDir, cacheFile)
    expect(first.versions['/images/a.webp']).toBe(version)
    expect(first.placeholders['/images/a.webp']).toMatch(/^data:image\/webp;base64,/)
    const cached = JSON.parse(await readFile(cacheFile, 'utf8'))
    expect(cached['/images/a.webp']).toEqual({ version, format: placeholderFormat, placeholder: first.placeholders['/images/a.webp'] })

    // Same version and format: the cached string is used as it is, without decoding the image.
    await writeFile(cacheFile, JSON.stringify({ '/images/a.webp': { version, format: placeholderFormat, placeholder: 'data:image/webp;base64,Y2FjaGVk' } }))
    const second = await buildImageInfo(publicDir, cacheFile)
    expect(second.placeholders['/images/a.webp']).toBe('data:image/webp;base64,Y2FjaGVk')
  })
})
