import type { MaybeRefOrGetter, Ref } from 'vue'

/**
 * The id of the section being read: the last heading whose top has scrolled above the
 * upper third of the viewport. Undefined on the server and before the first heading.
 */
export function useActiveHeading(ids: MaybeRefOrGetter<string[]>): { active: Ref<string | undefined> } {
  const active = ref<string | undefined>()
  if (import.meta.server) return { active }

  let frame = 0
  const update = () => {
    frame = 0
    const line = window.innerHeight / 3
    let current: string | undefined
    for (const id of toValue(ids)) {
      const el = document.getElementById(id)
      if (el && el.getBoundingClientRect().top <= line) current = id
    }
    active.value = current
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update)
  }
  onMounted(update)
  useEventListener(window, 'scroll', schedule, { passive: true })
  useEventListener(window, 'resize', schedule, { passive: true })
  onBeforeUnmount(() => cancelAnimationFrame(frame))
  return { active }
}
