import { sitemap } from '../content/publishing'

export default defineEventHandler(async event => withContent(async () => {
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return sitemap(await useContent())
}))
