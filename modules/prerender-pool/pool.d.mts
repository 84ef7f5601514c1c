import type { ResourceLimits } from 'node:worker_threads'

/** The page a request belongs to: `/a/_payload.json` belongs to `/a`. */
export function pageOf(url: string): string

export interface PrerenderPool {
  localFetch: (input: string | URL, init?: { method?: string, headers?: HeadersInit, body?: unknown }) => Promise<Response>
  closePrerenderer: () => Promise<void>
  /** Threads answering; 0 when the entry runs in the caller's thread. */
  workers: number
}

/** Nitro's prerender entry, answered from `workers` threads that each load `entry`. */
export function createPrerenderPool(
  entry: URL | string,
  options: { workers: number, resourceLimits?: ResourceLimits, log?: (message: string) => void },
): Promise<PrerenderPool>
