import { afterEach, describe, expect, it } from 'vitest'
import { yieldWhileHydrating } from '~/utils/hydration-yield'

describe('yieldWhileHydrating', () => {
  const scheduler = globalThis as { scheduler?: unknown }
  const savedScheduler = scheduler.scheduler
  afterEach(() => {
    useNuxtApp().isHydrating = false
    scheduler.scheduler = savedScheduler
  })

  it('waits for nothing once the app has hydrated (renders and in-app navigations)', () => {
    useNuxtApp().isHydrating = false
    expect(yieldWhileHydrating()).toBeUndefined()
  })

  it('while hydrating, resumes in a later task: queued tasks run first', async () => {
    useNuxtApp().isHydrating = true
    scheduler.scheduler = undefined
    const order: string[] = []
    setTimeout(() => order.push('queued task'), 0)
    const pending = yieldWhileHydrating()
    expect(pending).toBeInstanceOf(Promise)
    await Promise.resolve()
    expect(order).toEqual([])
    await pending
    order.push('resumed')
    expect(order).toEqual(['queued task', 'resumed'])
  })

  it('uses scheduler.yield() where the browser has it', async () => {
    useNuxtApp().isHydrating = true
    let calls = 0
    scheduler.scheduler = {
      yield: () => {
        calls++
        return Promise.resolve()
      },
    }
    await yieldWhileHydrating()
    expect(calls).toBe(1)
  })
})
