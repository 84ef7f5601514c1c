/**
 * One prerender worker thread: loads Nitro's prerender entry (a whole server of its own, with
 * its own Vue renderer, storage and plugins) and answers the requests the pool sends it.
 * Plain JavaScript: it is copied next to that entry and run as it is.
 */
import { parentPort, workerData } from 'node:worker_threads'

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) }
}

if (!parentPort) throw new Error('prerender-pool/worker.mjs runs only as a worker thread')
const port = parentPort

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
      port.postMessage({
        type: 'response',
        id,
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
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
