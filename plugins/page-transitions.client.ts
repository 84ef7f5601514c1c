import { chooseTransition, transitionDuration } from '~/utils/page-transition'
import type { TransitionPhase } from '~/composables/useTransitionOverlay'
import type { PageTransitionName } from '#shared/schema'

/** A navigation that never finishes must not leave the overlay closed over the page. */
const SAFETY_MS = 10_000

const wait = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/**
 * Every router and Nuxt hook of page transitions and loading, in one place: the next page's
 * transition closes over the page on screen while the next page loads, and opens once it has rendered.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter()
  const store = useSiteStore()
  const phase = useState<TransitionPhase>('transition-phase', () => 'idle')
  const overlay = useState<PageTransitionName>('transition-overlay', () => 'none')
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
    // The page arriving decides how it appears (its own `transition`), as the docs say.
    const name = chooseTransition(store.transitionOf(to.path), prefersReducedMotion())
    if (name === 'none') return
    overlay.value = name
    phase.value = 'closing'
    await wait(transitionDuration(name))
    if (phase.value === 'closing') phase.value = 'closed'
  })
  router.onError(() => void open())
  nuxtApp.hook('page:finish', () => open())
  nuxtApp.hook('app:error', () => void open())
})
