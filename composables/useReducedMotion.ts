const query = '(prefers-reduced-motion: reduce)'

/** Whether the visitor asks for reduced motion right now (false on the server). */
export function prefersReducedMotion(): boolean {
  return import.meta.client && window.matchMedia(query).matches
}

/**
 * Whether the visitor asked for reduced motion, kept up to date when the setting changes.
 * False during server rendering and until mounted. A few lines instead of VueUse's
 * `usePreferredReducedMotion`, because the page-transition code that needs it is in every
 * page's entry chunk, where each kilobyte is paid on every visit.
 */
export function useReducedMotion(): Readonly<Ref<boolean>> {
  const reduce = ref(false)
  if (import.meta.client) {
    const media = window.matchMedia(query)
    const update = () => (reduce.value = media.matches)
    onMounted(() => {
      update()
      media.addEventListener('change', update)
    })
    onScopeDispose(() => media.removeEventListener('change', update))
  }
  return readonly(reduce)
}
