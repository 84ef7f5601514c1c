import { rssFeed } from '../../content/publishing'

// RSS 2.0 for a collection with an index page: /research/feed.xml, /blog/feed.xml.
export default defineFeedHandler('application/rss+xml; charset=utf-8', rssFeed)
