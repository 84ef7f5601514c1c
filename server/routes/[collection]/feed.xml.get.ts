import { feedLinks, rssFeed } from '../../content/publishing'

// RSS 2.0 for a collection with an index page: /research/feed.xml, /blog/feed.xml.
export default defineEventHandler(async event => withContent(async () => {
  const content = await useContent()
  const collection = getRouterParam(event, 'collection')
  if (!feedLinks(content).some(f => f.collection === collection)) throw createError({ statusCode: 404, statusMessage: 'No such feed' })
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return rssFeed(content, collection!)
}))
