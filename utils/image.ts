import type { ComputedRef, InjectionKey } from 'vue'

/** The widths every image is offered in (never wider than its source). */
export const imageWidths = [400, 800, 1200, 1600, 2400, 3200] as const

/** Widths to offer for a source `width` pixels wide: the standard ones below it, then its own. */
export function widthsFor(width: number): number[] {
  const largest = imageWidths[imageWidths.length - 1]!
  const below: number[] = imageWidths.filter(w => w < width)
  const top = Math.min(width, largest)
  return below.includes(top) ? below : [...below, top]
}

/** Blurred previews of the current page's images, provided by the page and read by UiImage. */
export const imagePlaceholdersKey: InjectionKey<ComputedRef<Record<string, string>>> = Symbol('image-placeholders')
