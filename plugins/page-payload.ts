import { reducePagePayload } from '~/utils/page-payload'

/** Page data in the payload as one JSON string (utils/page-payload.ts). */
export default definePayloadPlugin(() => {
  if (import.meta.server) definePayloadReducer('Page', reducePagePayload)
  else definePayloadReviver('Page', (json: string) => JSON.parse(json))
})
