import { afterEach, describe, expect, it } from 'vitest'
import { sliceFirstHeadRender, yieldWhileHydrating } from '~/utils/hydration-yield'

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

describe('sliceFirstHeadRender', () => {
  type Hook = (context: { shouldRender: boolean }) => Promise<void> | void
  /** unhead's hooks as far as this needs them: it awaits each `dom:beforeRender` hook in turn. */
  function fakeHead() {
    const hooks: Hook[] = []
    return {
      hooks: { hook: (_name: 'dom:beforeRender', fn: Hook) => hooks.push(fn) },
      callHook: async (context: { shouldRender: boolean }) => {
        for (const hook of hooks) await hook(context)
      },
    }
  }

  /** Calls the hooks as unhead does, and says whether a queued task ran before they returned. */
  async function render(head: ReturnType<typeof fakeHead>, shouldRender: boolean) {
    let queuedTaskRan = false
    setTimeout(() => (queuedTaskRan = true), 0)
    await head.callHook({ shouldRender })
    const result = queuedTaskRan
    await new Promise(resolve => setTimeout(resolve, 0))
    return result
  }

  it('starts unhead\'s first real render in a task of its own, and no later one', async () => {
    const head = fakeHead()
    sliceFirstHeadRender(head)
    // Renders Nuxt cancels while hydrating wait for nothing, and do not count as the first.
    expect(await render(head, false)).toBe(false)
    expect(await render(head, true)).toBe(true)
    // In-app navigations: the head changes at once.
    expect(await render(head, true)).toBe(false)
  })
})
