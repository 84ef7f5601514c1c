/**
 * Nitro prerenders every route in one thread: it imports its prerender entry and awaits
 * `localFetch(route)` for each, so a 2-core machine exports on one core. This pool has the
 * same two exports, `localFetch` and `closePrerenderer`, and answers them from worker
 * threads, each running its own copy of that entry. modules/framework-internals.ts puts it in
 * the entry's place. Nitro itself is unchanged: it still decides what to render, calls its
 * hooks and writes the files.
 *
 * Plain JavaScript: it is copied next to the entry and imported by Nitro as it is.
 */
import { Worker, isMainThread, workerData } from 'node:worker_threads'

/** Statuses whose responses have no body (the Response constructor refuses one). */
const nullBody = new Set([101, 204, 205, 304])

/**
 * The page a request belongs to: `/a/b/_payload.json` is the payload of `/a/b`. Nuxt keeps a
 * page's payload in memory when it renders the HTML and answers the `_payload.json` request
 * from there, so both go to the same worker, or the page would be rendered twice.
 * @param {string} url
 */
export function pageOf(url) {
  const path = url.split(/[?#]/)[0] ?? url
  if (!path.endsWith('/_payload.json')) return path
  return path.slice(0, -'/_payload.json'.length) || '/'
}

/**
 * A reason phrase a Response accepts, from any message: one line, printable ASCII.
 * @param {string} message
 */
function reasonPhrase(message) {
  return message.split('\n')[0].replace(/[^\x20-\x7E]/g, '?').slice(0, 200)
}

/**
 * @param {URL | string} entry the Nitro prerender entry each worker imports
 * @param {{ workers: number, resourceLimits?: import('node:worker_threads').ResourceLimits, log?: (message: string) => void }} options
 */
export async function createPrerenderPool(entry, options) {
  const entryUrl = String(entry)
  // Inside a worker, never a pool of its own: were the server's chunks ever to import this
  // entry back, each worker would otherwise start workers without end.
  const inWorker = !isMainThread && workerData?.prerenderPoolWorker === true
  if (options.workers <= 1 || inWorker) {
    const server = await import(entryUrl)
    return { localFetch: server.localFetch, closePrerenderer: server.closePrerenderer, workers: 0 }
  }
  const log = options.log ?? (message => console.error(message))
  const workerUrl = new URL('./worker.mjs', import.meta.url)

  /** @typedef {{ resolve: (response: Response) => void, page: string }} Pending */
  /**
   * @typedef {{ worker: Worker, pending: Map<number, Pending>, stopped?: string, closed?: () => void }} Slot
   */
  /** @type {Slot[]} */
  const slots = []
  /** Which worker rendered a page, until its payload has been asked for. */
  /** @type {Map<string, Slot>} */
  const affinity = new Map()
  let nextId = 0
  let closing = false

  /** A failed answer: Nitro records it as a failed route, and `failOnError` stops the export. @param {string} why */
  const failure = why => new Response(why, { status: 500, statusText: reasonPhrase(why) })

  /** @param {Slot} slot @param {string} why */
  function stop(slot, why) {
    if (slot.stopped) return
    slot.stopped = why
    if (!closing) log(`[prerender-pool] ${why}`)
    for (const { resolve } of slot.pending.values()) resolve(failure(why))
    slot.pending.clear()
    slot.closed?.()
  }

  const started = Array.from({ length: options.workers }, (_, index) => new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: { entry: entryUrl, prerenderPoolWorker: true },
      // Heap flags of the parent (--max-old-space-size) are not a worker's; it has limits of its own.
      execArgv: [],
      resourceLimits: options.resourceLimits,
    })
    /** @type {Slot} */
    const slot = { worker, pending: new Map() }
    slots.push(slot)
    worker.on('message', (message) => {
      if (message.type === 'ready') return resolve(slot)
      if (message.type === 'failed') {
        stop(slot, `worker ${index + 1} could not load the server: ${message.error.message}`)
        return reject(Object.assign(new Error(`A prerender worker could not load the server: ${message.error.message}`), { stack: message.error.stack }))
      }
      if (message.type === 'closed') {
        if (message.error) log(`[prerender-pool] worker ${index + 1} failed to close: ${message.error.message}`)
        return slot.closed?.()
      }
      const pending = slot.pending.get(message.id)
      if (!pending) return
      slot.pending.delete(message.id)
      if (message.error) {
        log(`[prerender-pool] ${pending.page}: ${message.error.stack ?? message.error.message}`)
        return pending.resolve(failure(message.error.message))
      }
      const response = new Response(nullBody.has(message.status) ? null : message.body, {
        status: message.status,
        statusText: message.statusText,
        headers: message.headers,
      })
      if (message.status === 200 && /html/.test(response.headers.get('content-type') ?? '')) affinity.set(pending.page, slot)
      pending.resolve(response)
    })
    worker.on('error', (error) => {
      stop(slot, `worker ${index + 1} stopped: ${error.message}`)
      reject(error)
    })
    worker.on('exit', (code) => {
      stop(slot, `worker ${index + 1} exited with code ${code}`)
      reject(new Error(`A prerender worker exited with code ${code} before it was ready`))
    })
  }))
  try {
    await Promise.all(started)
  }
  catch (error) {
    closing = true
    await Promise.all(slots.map(slot => slot.worker.terminate()))
    throw error
  }

  /** The worker that rendered this page, else the one with the fewest requests in flight. @param {string} page */
  function pick(page) {
    const owner = affinity.get(page)
    if (owner) {
      affinity.delete(page)
      if (!owner.stopped) return owner
    }
    let best = slots[0]
    for (const slot of slots) if (!slot.stopped && (best.stopped || slot.pending.size < best.pending.size)) best = slot
    return best
  }

  /**
   * @param {string | URL} input
   * @param {{ method?: string, headers?: HeadersInit, body?: unknown }} [init]
   * @returns {Promise<Response>}
   */
  function localFetch(input, init = {}) {
    const url = String(input)
    if (init.body !== undefined && init.body !== null) return Promise.reject(new Error('The prerender pool only renders requests without a body'))
    const page = pageOf(url)
    const slot = pick(page)
    if (slot.stopped) return Promise.resolve(failure(slot.stopped))
    return new Promise((resolve) => {
      const id = nextId++
      slot.pending.set(id, { resolve, page })
      slot.worker.postMessage({ type: 'fetch', id, url, method: init.method ?? 'GET', headers: [...new Headers(init.headers)] })
    })
  }

  /** Lets every worker run its server's `close` hooks, then ends the threads. */
  async function closePrerenderer() {
    closing = true
    await Promise.all(slots.map(async (slot) => {
      if (!slot.stopped) {
        await new Promise((resolve) => {
          slot.closed = () => resolve(undefined)
          slot.worker.postMessage({ type: 'close' })
        })
      }
      await slot.worker.terminate()
    }))
  }

  return { localFetch, closePrerenderer, workers: slots.length }
}
