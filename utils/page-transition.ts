import type { PageTransitionName } from '#shared/schema'

/** Number of horizontal strips in the shutter overlay. */
export const SHUTTER_STRIPS = 36
/** Extra delay of each strip over the one below it. */
export const SHUTTER_STAGGER_MS = 8
/** Keep in step with --duration-shutter and --duration-fast in assets/css/tokens.css. */
const SHUTTER_MS = 420
const FADE_MS = 150

/** How long closing (or opening) takes for a transition, including the shutter's stagger. */
export function transitionDuration(name: PageTransitionName): number {
  if (name === 'shutter') return SHUTTER_MS + (SHUTTER_STRIPS - 1) * SHUTTER_STAGGER_MS
  return name === 'simple' ? FADE_MS : 0
}

/** The transition to play: the page's own, unless the visitor asked for reduced motion. */
export function chooseTransition(pageTransition: PageTransitionName, reducedMotion: boolean): PageTransitionName {
  return reducedMotion ? 'none' : pageTransition
}
