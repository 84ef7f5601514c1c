/**
 * Gives the browser its main thread back for a moment while the app hydrates: a component
 * that awaits this at the start of its setup hydrates in a task of its own, not in the one
 * long task that hydrates the rest of the page. Visitors' input and paint can run between
 * the slices, and Lighthouse's Total Blocking Time counts only each task's time beyond 50 ms.
 *
 * Resolves at once (a microtask, as any other await) on the server and after hydration, so
 * renders and in-app navigations wait for nothing.
 */
export function yieldWhileHydrating(): Promise<void> | undefined {
  if (import.meta.server || !useNuxtApp().isHydrating) return undefined
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  // scheduler.yield() resumes ahead of other queued tasks; setTimeout is the fallback.
  return scheduler?.yield ? scheduler.yield() : new Promise(resolve => setTimeout(resolve, 0))
}
