import { describe, expect, it } from 'vitest'
import { createLimit } from '../../server/utils/limit'

describe('createLimit', () => {
  it('lets `running` in, keeps `waiting` in line in order, and turns the rest away', async () => {
    const limit = createLimit(2, 1)
    const a = await limit.enter()!
    const b = await limit.enter()!
    const order: string[] = []
    const c = limit.enter()!.then((release) => {
      order.push('c')
      return release
    })
    expect(limit.enter()).toBeUndefined()
    expect([limit.active, limit.waiting]).toEqual([2, 1])
    a()
    const releaseC = await c
    expect(order).toEqual(['c'])
    expect([limit.active, limit.waiting]).toEqual([2, 0])
    b()
    b() // twice: no second slot appears
    expect(limit.active).toBe(1)
    releaseC()
    expect(limit.active).toBe(0)
    expect(limit.enter()).toBeDefined()
  })
})
