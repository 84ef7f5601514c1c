import { describe, expect, it } from 'vitest'
import { prerenderedRouteOf } from '../../modules/framework-internals'

describe('prerenderedRouteOf (the lines the export\'s log counts instead of printing)', () => {
  it('reads the route of Nitro\'s line for a prerendered route, with or without colours', () => {
    expect(prerenderedRouteOf('  ├─ /research/sparse-circuits (12ms)')).toBe('/research/sparse-circuits')
    expect(prerenderedRouteOf('  └─ /_payload.json (3ms)')).toBe('/_payload.json')
    expect(prerenderedRouteOf('\u001B[90m  ├─ /about\u001B[39m \u001B[2m(8ms)\u001B[22m')).toBe('/about')
  })

  it('leaves every other line alone', () => {
    expect(prerenderedRouteOf('Prerendering 109 routes')).toBeUndefined()
    expect(prerenderedRouteOf('Errors prerendering:')).toBeUndefined()
    expect(prerenderedRouteOf({ route: '/about' })).toBeUndefined()
  })
})
