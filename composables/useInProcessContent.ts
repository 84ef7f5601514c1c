import type { InProcessContent } from '#shared/types/in-process-content'
import { inProcessContentKey } from '#shared/types/in-process-content'

/**
 * During a server render, the functions that read content in-process (see
 * shared/types/in-process-content.ts); in the browser, undefined: fetch the API instead.
 */
export function useInProcessContent(): InProcessContent | undefined {
  if (!import.meta.server) return undefined
  return useRequestEvent()?.context[inProcessContentKey] as InProcessContent | undefined
}
