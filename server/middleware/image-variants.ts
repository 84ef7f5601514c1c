import { randomBytes } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { imageVariantUrl, widthsFor } from '../../shared/utils/image-variants'
import type { ContentRepository } from '../content/repository'
import { collectImages } from '../content/walk'
import { buildCatalogue, catalogueEnabled } from '../utils/catalogue'
import { createLimit } from '../utils/limit'

// @nuxt/image's ipx handler would make any variant anyone asks for: `s_8192x8192&f_png` is a
// 22 MB PNG and seconds of CPU. Only the exact URLs the site's own pages use are let through
// (any other modifier set, width or query is a 404), and only a few are encoded at once.
const allowed = new WeakMap<ContentRepository, Set<string>>()
let limit: ReturnType<typeof createLimit> | undefined
// The encode itself is asked for again from inside the server, marked with a secret drawn per
// process (never sent out), so that this middleware can wait for it to finish.
const inner = { header: 'x-kestrel-image-encode', value: randomBytes(16).toString('hex') }

function variantsOf(content: ContentRepository): Set<string> {
  let urls = allowed.get(content)
  if (!urls) {
    allowed.set(content, urls = content.imageVariantUrls())
    // The block catalogue's examples, drawn without file versions (pages/_blocks.vue).
    const examples = catalogueEnabled() ? buildCatalogue(content).map(group => group.entries.map(e => e.block)) : []
    for (const { image } of collectImages(examples)) {
      for (const width of widthsFor(image.width)) urls.add(imageVariantUrl(image.src, width))
    }
  }
  return urls
}

export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/_ipx/')) return
  if (getRequestHeader(event, inner.header) === inner.value) return // the encode: ipx answers
  if (!variantsOf(await useContent()).has(event.path)) {
    throw createError({ statusCode: 404, statusMessage: 'Not an image variant this site uses' })
  }
  // The export asks for each variant once, from a bounded number of prerender workers.
  if (import.meta.prerender) return
  const config = useRuntimeConfig(event)
  limit ??= createLimit(Number(config.imageTransforms) || availableParallelism(), Number(config.imageQueue) || 0)
  const entered = limit.enter()
  if (!entered) {
    setResponseHeader(event, 'retry-after', 1)
    throw createError({ statusCode: 503, statusMessage: 'Too many images are being made; try again shortly' })
  }
  const release = await entered
  try {
    const response = await event.fetch(event.path, { headers: { [inner.header]: inner.value } })
    setResponseStatus(event, response.status)
    if (response.ok) {
      // Every variant the site uses is a WebP (imageVariantUrl). One whose URL carries the
      // file's version (`v_`) can be kept for a year; the catalogue's unversioned ones, an hour.
      const versioned = /&v_[0-9a-f]+\//.test(event.path)
      setResponseHeaders(event, { 'content-type': 'image/webp', 'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=3600' })
    }
    return Buffer.from(await response.arrayBuffer())
  }
  finally {
    release()
  }
})
