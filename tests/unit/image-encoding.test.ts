import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { sharpOutputOptions } from '../../modules/utils/image-encoding'

// The ipx that @nuxt/image itself loads (it is @nuxt/image's dependency, not this project's).
const require = createRequire(import.meta.url)
const ipxEntry = require.resolve('ipx', { paths: [require.resolve('@nuxt/image')] })
const { createIPX, ipxFSStorage } = await import(pathToFileURL(ipxEntry).href) as typeof import('ipx')

const publicDir = resolve(import.meta.dirname, '../../public')
const image = 'images/hero-lattice.webp'
const encode = (effort: number) => sharp(resolve(publicDir, image)).resize({ width: 800 }).webp({ quality: 72, effort }).toBuffer()

describe('image encoding options (modules/utils/image-encoding.ts)', () => {
  it('names options sharp has, with a value sharp accepts', () => {
    const defaults = (sharp() as unknown as { options: Record<string, unknown> }).options
    for (const name of Object.keys(sharpOutputOptions)) expect(defaults, name).toHaveProperty(name)
    expect(() => sharp().webp({ effort: sharpOutputOptions.webpEffort as number })).not.toThrow()
  })

  it('reach sharp through ipx: a variant is the effort-2 encoding, not the default one', async () => {
    const ipx = createIPX({ storage: ipxFSStorage({ dir: publicDir }), sharpOptions: sharpOutputOptions })
    const { data, format } = await ipx(image, { width: 800, format: 'webp', quality: 72 }).process()
    expect(format).toBe('webp')
    const [effort2, effort4] = await Promise.all([encode(2), encode(4)])
    expect(effort2.equals(effort4)).toBe(false)
    expect(Buffer.from(data).equals(effort2)).toBe(true)
  })
})
