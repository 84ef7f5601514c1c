import { describe, expect, it } from 'vitest'
import { createPrerenderProgress, prerenderedRouteOf, quietRouteLog } from '../../modules/prerender-log'

describe('the prerender log (modules/prerender-log.ts)', () => {
  it('knows a line of Nitro\'s about one route, coloured or not, from any other line', () => {
    expect(prerenderedRouteOf('  ├─ /research/quiet-gradients (12ms)')).toBe('/research/quiet-gradients')
    expect(prerenderedRouteOf('\x1B[90m  ├─ /_ipx/w_800&f_webp/images/a.webp (230ms)\x1B[39m')).toBe('/_ipx/w_800&f_webp/images/a.webp')
    expect(prerenderedRouteOf('  ├─ /missing (3ms)\n  │ └── [404] Page not found')).toBe('/missing')
    expect(prerenderedRouteOf('Prerendered 3284 routes in 31.6 seconds')).toBeUndefined()
    expect(prerenderedRouteOf(new Error('x'))).toBeUndefined()
  })

  it('says how many routes are done at most once per interval', () => {
    let now = 0
    const progress = createPrerenderProgress(10_000, () => now)
    const lines: string[] = []
    for (let i = 0; i < 3000; i++) {
      now += 10
      const line = progress.route()
      if (line) lines.push(line)
    }
    expect(lines).toEqual([
      'Prerendered 1,000 routes so far (10 s, 100 per second)',
      'Prerendered 2,000 routes so far (20 s, 100 per second)',
      'Prerendered 3,000 routes so far (30 s, 100 per second)',
    ])
  })

  it('prints failed routes with their errors and every other line, and only counts the routes that succeeded', () => {
    let now = 0
    const progress = createPrerenderProgress(10_000, () => now)
    const printed: string[] = []
    let started = false
    const log = quietRouteLog(line => printed.push(String(line)), line => printed.push(`info: ${line}`), () => (started ? progress : undefined))
    log('  ├─ /before-the-prerender (1ms)')
    started = true
    log('Prerendering 3 routes')
    log('  ├─ /about (5ms)')
    // As Nitro writes a failed route, here and again in its list at the end.
    const gone = '\x1B[90m  ├─ /gone (2ms)\n  │ ├── \x1B[33m[404] Page not found\x1B[39m\n  │ └── Linked from /about\x1B[39m'
    log(gone)
    now = 10_000
    log('  ├─ /contact (5ms)')
    log('Errors prerendering:')
    log(gone)
    expect(printed).toEqual([
      '  ├─ /before-the-prerender (1ms)',
      'Prerendering 3 routes',
      gone,
      'info: Prerendered 2 routes so far (10 s, 0 per second)',
      'Errors prerendering:',
      gone,
    ])
  })
})
