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
  // The slot is given back when the response is over, finished or abandoned (also while still
  // waiting): ipx answers through Node's response object, so its close event is the one sure end.
  event.node.res.once('close', () => void entered.then(release => release()))
  await entered
})
