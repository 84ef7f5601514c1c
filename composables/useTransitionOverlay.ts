import type { ComputedRef, Ref } from 'vue'
import { chooseTransition } from '~/utils/page-transition'
import type { PageTransitionName } from '#shared/schema'

export type TransitionPhase = 'idle' | 'closing' | 'closed' | 'opening'

export interface TransitionOverlayState {
  /** The transition that plays when leaving the page on screen (none under reduced motion). */
  active: ComputedRef<PageTransitionName>
  /** Which overlay is drawn for the transition in progress. */
  overlay: Ref<PageTransitionName>
  phase: Ref<TransitionPhase>
}

/**
 * The state of the overlay that covers the page between two pages (`shutter`, `simple`), as
 * plugins/page-transitions.client.ts moves it through a navigation. Named apart from Nuxt's
 * own `pageTransition`, which this site does not use: its overlay spans the whole layout.
 */
export function useTransitionOverlay(): TransitionOverlayState {
  const store = useSiteStore()
  const reducedMotion = useReducedMotion()
  return {
    active: computed(() => chooseTransition(store.transition, reducedMotion.value)),
    overlay: useState<PageTransitionName>('transition-overlay', () => 'none'),
    phase: useState<TransitionPhase>('transition-phase', () => 'idle'),
  }
}
