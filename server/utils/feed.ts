import type { ContentRepository } from '../content/repository'
import { feedLinks } from '../content/publishing'

/** A feed route for `/:collection/<file>`: 404 unless the collection has feeds, else `render`'s XML. */
export function defineFeedHandler(contentType: string, render: (content: ContentRepository, collection: string) => string) {
  return defineEventHandler(async event => withContent(async () => {
    const content = await useContent()
    const collection = getRouterParam(event, 'collection')
    if (!collection || !feedLinks(content).some(f => f.collection === collection)) throw createError({ statusCode: 404, statusMessage: 'No such feed' })
    setResponseHeader(event, 'content-type', contentType)
    return render(content, collection)
  }))
}
