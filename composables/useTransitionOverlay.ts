import type { Ref } from 'vue'
import type { PageTransitionName } from '#shared/schema'

export type TransitionPhase = 'idle' | 'closing' | 'closed' | 'opening'

export interface TransitionOverlayState {
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
  return {
    overlay: useState<PageTransitionName>('transition-overlay', () => 'none'),
    phase: useState<TransitionPhase>('transition-phase', () => 'idle'),
  }
}
