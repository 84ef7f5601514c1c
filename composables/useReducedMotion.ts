/**
 * Whether the visitor asked for reduced motion, kept up to date when the setting changes.
 * False during server rendering and until mounted. A few lines instead of VueUse's
 * `usePreferredReducedMotion`, because the page-transition code that needs it is in every
 * page's entry chunk, where each kilobyte is paid on every visit.
 */
export function useReducedMotion(): Readonly<Ref<boolean>> {
  const reduce = ref(false)
  if (import.meta.client) {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)')
    const update = () => (reduce.value = query.matches)
    onMounted(() => {
      update()
      query.addEventListener('change', update)
    })
    onScopeDispose(() => query.removeEventListener('change', update))
  }
  return readonly(reduce)
}
