import process from 'node:process'
import { defineNuxtModule } from '@nuxt/kit'
import { isGenerating } from './utils/nuxt'

/** The route a line of Nitro's prerender log is about (`  ├─ /about (12ms)`), or undefined for any other line. */
export function prerenderedRouteOf(message: unknown): string | undefined {
  if (typeof message !== 'string') return undefined
  // eslint-disable-next-line no-control-regex -- colour codes, when the terminal has them
  return /^\s*[├└]─ (\S+)/.exec(message.replace(/\x1B\[[\d;]*m/g, ''))?.[1]
}

/**
 * Counts prerendered routes: `route()` counts one more and returns a line saying how many are
 * done, at most once per `everyMs` (otherwise undefined).
 */
export function createPrerenderProgress(everyMs: number, now: () => number = Date.now) {
  const started = now()
  let last = started
  let done = 0
  return {
    route(): string | undefined {
      done++
      const at = now()
      if (at - last < everyMs) return undefined
      last = at
      const seconds = (at - started) / 1000
      return `Prerendered ${done.toLocaleString('en')} routes so far (${seconds.toFixed(0)} s, ${Math.round(done / seconds).toLocaleString('en')} per second)`
    },
  }
}

/**
 * A `log` for Nitro's logger that lets every line through but those about a route that
 * succeeded: those only count towards `progress`, whose lines go to `info`. Nitro writes a
 * failed route's error (and where it was linked from) on lines of their own under its route,
 * in the same message, so a message of more than one line is always printed.
 */
export function quietRouteLog(log: (...args: unknown[]) => void, info: (line: string) => void, progress: () => ReturnType<typeof createPrerenderProgress> | undefined) {
  return (...args: unknown[]) => {
    const counter = progress()
    if (!counter || prerenderedRouteOf(args[0]) === undefined || String(args[0]).includes('\n')) return log(...args)
    const line = counter.route()
    if (line) info(line)
  }
}

/**
 * Nitro prints a line for every route it prerenders: 15,712 lines for a 5,000-page site, which
 * nobody reads, written synchronously by the thread that also feeds the render workers and
 * writes every file. With its output on a pipe (CI, the benchmark), a profile of a 5,000-page
 * export found that thread spending 12 s writing them. During `nuxt generate` this prints a progress line every
 * ten seconds instead; a route that fails is still printed at once, with its error, and again
 * in Nitro's list at the end. `KESTREL_PRERENDER_LOG=routes` prints every route as Nitro does.
 */
export default defineNuxtModule({
  meta: { name: 'kestrel-prerender-log' },
  setup(_options, nuxt) {
    if (!isGenerating(nuxt) || process.env.KESTREL_PRERENDER_LOG === 'routes') return
    nuxt.hook('nitro:init', (nitro) => {
      let progress: ReturnType<typeof createPrerenderProgress> | undefined
      nitro.hooks.hook('prerender:init', () => {
        progress = createPrerenderProgress(10_000)
      })
      const logger = nitro.logger
      const quiet = quietRouteLog(logger.log.bind(logger), line => logger.info(line), () => progress)
      logger.log = Object.assign(quiet, { raw: logger.log.raw })
    })
  },
})
