import { atomFeed, feedLinks } from '../../content/publishing'

// Atom 1.0 for a collection with an index page: /research/atom.xml, /blog/atom.xml.
export default defineEventHandler(async event => withContent(async () => {
  const content = await useContent()
  const collection = getRouterParam(event, 'collection')
  if (!feedLinks(content).some(f => f.collection === collection)) throw createError({ statusCode: 404, statusMessage: 'No such feed' })
  setResponseHeader(event, 'content-type', 'application/atom+xml; charset=utf-8')
  return atomFeed(content, collection!)
}))
