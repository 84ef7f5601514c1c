import { robotsTxt } from '../content/publishing'

export default defineEventHandler(async event => withContent(async () => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  return robotsTxt((await useContent()).site)
}))
