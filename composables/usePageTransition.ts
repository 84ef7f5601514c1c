import type { ComputedRef, Ref } from 'vue'
import { chooseTransition, transitionDuration } from '~/utils/page-transition'
import type { PageTransitionName } from '#shared/schema'

export type TransitionPhase = 'idle' | 'closing' | 'closed' | 'opening'

export interface PageTransitionState {
  /** The transition that plays when leaving the page on screen (none under reduced motion). */
  active: ComputedRef<PageTransitionName>
  /** Which overlay is drawn for the transition in progress. */
  overlay: Ref<PageTransitionName>
  phase: Ref<TransitionPhase>
}

/** A navigation that never finishes must not leave the overlay closed over the page. */
const SAFETY_MS = 10_000

const wait = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/**
 * Owns every router and Nuxt hook of page transitions and loading: the leaving page's
 * transition closes over it while the next page loads, and opens once it has rendered.
 * Safe to call from several components: the hooks are installed once per app.
 */
export function usePageTransition(): PageTransitionState {
  const nuxtApp = useNuxtApp()
  const store = useSiteStore()
  const phase = useState<TransitionPhase>('transition-phase', () => 'idle')
  const overlay = useState<PageTransitionName>('transition-overlay', () => 'none')
  const reducedMotion = useReducedMotion()
  const active = computed(() => chooseTransition(store.transition, reducedMotion.value))

  const installed = nuxtApp as unknown as { _kestrelTransition?: boolean }
  if (import.meta.client && !installed._kestrelTransition) {
    installed._kestrelTransition = true
    const router = useRouter()
    let safety: ReturnType<typeof setTimeout> | undefined
    // Set when the router moved to another page, so its arrival can take focus.
    let arrived = false

    const open = async () => {
      clearTimeout(safety)
      store.loading = false
      // After a client-side navigation, keyboard and screen-reader users start at the new
      // page's content, as they would after a full page load (the route announcer reads its title).
      if (arrived && !router.currentRoute.value.hash) document.getElementById('content')?.focus({ preventScroll: true })
      arrived = false
      if (phase.value === 'idle') return
      phase.value = 'opening'
      await wait(transitionDuration(overlay.value))
      if (phase.value === 'opening') {
        phase.value = 'idle'
        overlay.value = 'none'
      }
    }

    router.beforeEach(async (to, from) => {
      // Hash and query changes on the same page are not navigations between pages.
      if (to.path === from.path || nuxtApp.isHydrating) return
      arrived = true
      store.loading = true
      clearTimeout(safety)
      safety = setTimeout(open, SAFETY_MS)
      const name = active.value
      if (name === 'none') return
      overlay.value = name
      phase.value = 'closing'
      await wait(transitionDuration(name))
      if (phase.value === 'closing') phase.value = 'closed'
    })
    router.onError(() => void open())
    nuxtApp.hook('page:finish', () => open())
    nuxtApp.hook('app:error', () => void open())
  }

  return { active, overlay, phase }
}
