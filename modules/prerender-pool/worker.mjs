/**
 * One prerender worker thread: loads Nitro's prerender entry (a whole server of its own, with
 * its own Vue renderer, storage and plugins) and answers the requests the pool sends it.
 * With `crawl`, it also finds the links on each HTML page it renders and adds them to the
 * page's `x-nitro-prerender` header, doing the crawler's parsing for Nitro (links.mjs).
 * Plain JavaScript: it is copied next to that entry and run as it is.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { crawlableLinks, withLinks } from './links.mjs'

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) }
}

if (!parentPort) throw new Error('prerender-pool/worker.mjs runs only as a worker thread')
const port = parentPort
const decoder = new TextDecoder()

try {
  const server = await import(workerData.entry)
  port.on('message', async (message) => {
    if (message.type === 'close') {
      try {
        await server.closePrerenderer()
        port.postMessage({ type: 'closed' })
      }
      catch (error) {
        port.postMessage({ type: 'closed', error: describe(error) })
      }
      return
    }
    const { id, url, method, headers } = message
    try {
      const response = await server.localFetch(url, { method, headers })
      const body = new Uint8Array(await response.arrayBuffer())
      let answer = response.headers
      if (workerData.crawl && /html/.test(answer.get('content-type') ?? '')) {
        answer = new Headers(answer)
        answer.set('x-nitro-prerender', withLinks(answer.get('x-nitro-prerender'), crawlableLinks(decoder.decode(body))))
      }
      port.postMessage({
        type: 'response',
        id,
        status: response.status,
        statusText: response.statusText,
        headers: [...answer],
        body,
      }, [body.buffer])
    }
    catch (error) {
      port.postMessage({ type: 'response', id, error: describe(error) })
    }
  })
  port.postMessage({ type: 'ready' })
}
catch (error) {
  port.postMessage({ type: 'failed', error: describe(error) })
}
