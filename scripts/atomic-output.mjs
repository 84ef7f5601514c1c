/**
 * Runs a build that writes to a temporary folder and, only when it succeeds, swaps that
 * folder in for the real one. A failed or interrupted build leaves the previous output
 * untouched, so a deploy step never publishes half an export.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'
import process from 'node:process'

/**
 * @param {string} target the folder the build's result must end up in (e.g. `.output`)
 * @param {(tmpDir: string) => ({ command: string, args: string[], env?: Record<string, string> } | { run: () => Promise<void> })} build
 *   a command to run, or work to do in this process (copying a cached export into `tmpDir`)
 * @param {(tmpDir: string) => Promise<void>} [finish] more work on the new output before it is swapped in
 * @param {{ signal?: AbortSignal }} [options] `signal` stops the build (it then fails)
 * @returns {Promise<number>} the build's exit code
 */
export async function buildAtomically(target, build, finish, options = {}) {
  const tmp = join(dirname(target), `.${basename(target)}-building-${process.pid}`)
  const old = join(dirname(target), `.${basename(target)}-previous-${process.pid}`)
  await rm(tmp, { recursive: true, force: true })
  const step = build(tmp)
  const code = 'run' in step
    ? await step.run().then(() => 0, (error) => {
        console.error(error instanceof Error ? error.message : error)
        return 1
      })
    : await new Promise((done) => {
        const child = spawn(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env }, signal: options.signal })
        child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0)))
        child.on('error', () => done(1))
      })
  if (code !== 0 || !existsSync(tmp)) {
    await rm(tmp, { recursive: true, force: true })
    return code || 1
  }
  try {
    await finish?.(tmp)
  }
  catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await rm(tmp, { recursive: true, force: true })
    return 1
  }
  // Two renames: the window in which `target` is missing is as short as the file system allows.
  if (existsSync(target)) await rename(target, old)
  await rename(tmp, target)
  await rm(old, { recursive: true, force: true })
  return 0
}
