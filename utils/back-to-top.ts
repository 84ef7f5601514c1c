/**
 * The footer's "Back to top" button (`data-back-to-top`). The footer never hydrates
 * (components/site/SiteLayout.vue), so plugins/static-regions.client.ts answers its clicks
 * for it, whether the server wrote it or the browser drew it (on an error page).
 */
export function backToTop(): void {
  window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
  // Keyboard users continue from the top of the page, not from the footer.
  document.querySelector<HTMLElement>('.skip-link')?.focus({ preventScroll: true })
}
