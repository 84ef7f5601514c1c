import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { freePort } from '../support/net'

const defaultEntry = resolve(import.meta.dirname, '../../.output-server/server/index.mjs')

export interface RunningServer {
  url: string
  /** The server's process id (the load benchmark reads its memory from /proc). */
  pid: number
  /** Everything the server printed, for checks that secrets never reach the logs. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts the Node server build on a free loopback port with the given environment, once it
 * answers `ready`. Another build can be named by its entry (the benchmark's empty Nuxt app).
 */
export async function startServer(env: Record<string, string | undefined>, options: { entry?: string, ready?: string } = {}): Promise<RunningServer> {
  const { entry = defaultEntry, ready = '/api/site.json' } = options
  if (!existsSync(entry)) throw new Error(`No server build at ${entry}: run \`npm run test:server\` or \`npm run bench:server\`.`)
  const port = await freePort()
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, SITE_PREVIEW_TOKEN: undefined, ...env, PORT: String(port), HOST: '127.0.0.1', NITRO_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const record = (chunk: Buffer) => {
    log += chunk.toString()
  }
  child.stdout!.on('data', record)
  child.stderr!.on('data', record)
  const url = `http://127.0.0.1:${port}`
  // Fails at once when the server exits, and after 15 s when it never answers: with its output.
  let exited: string | undefined
  child.once('exit', (code, signal) => (exited = `exited (${code ?? signal})`))
  const deadline = Date.now() + 15_000
  while (!(await fetch(url + ready).then(() => true, () => false))) {
    if (exited) throw new Error(`The server ${exited} before it answered ${ready}:\n${log}`)
    if (Date.now() > deadline) {
      child.kill()
      throw new Error(`The server did not answer ${ready} within 15 s:\n${log}`)
    }
    await new Promise(r => setTimeout(r, 100))
  }
  return {
    url,
    pid: child.pid!,
    output: () => log,
    stop: () => new Promise((done) => {
      child.once('exit', () => done())
      child.kill()
    }),
  }
}
