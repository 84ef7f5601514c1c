import { encodePath } from 'ufo'
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

/**
 * The URL of a resized WebP variant, as @nuxt/image's ipx provider writes it
 * (`/_ipx/w_800&f_webp/images/x.webp`): served by its ipx handler on the Node server, and
 * written to the export by the prerenderer. Built here rather than with `useImage()`, whose
 * provider runtime would add 2 KB of JavaScript to every page for a string template.
 */
export function imageVariantUrl(src: string, width: number): string {
  return `/_ipx/w_${width}&f_webp${encodePath(src).replace(/\/{2,}/g, '/')}`
}

/** Blurred previews of the current page's images, provided by the page and read by UiImage. */
export const imagePlaceholdersKey: InjectionKey<ComputedRef<Record<string, string>>> = Symbol('image-placeholders')
