import { atomFeed } from '../../content/publishing'

// Atom 1.0 for a collection with an index page: /research/atom.xml, /blog/atom.xml.
export default defineFeedHandler('application/atom+xml; charset=utf-8', atomFeed)
