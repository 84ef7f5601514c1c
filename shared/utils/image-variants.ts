import { encodePath } from 'ufo'

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
 *
 * `version` (a hash of the source file) goes in as one more modifier, `v_<hash>`, which ipx
 * ignores (it has no handler of that name): variants are cached for a year, so a replaced
 * image must change its URLs.
 */
export function imageVariantUrl(src: string, width: number, version?: string): string {
  const modifiers = `w_${width}&f_webp${version && /^[0-9a-f]+$/.test(version) ? `&v_${version}` : ''}`
  return `/_ipx/${modifiers}${encodePath(src).replace(/\/{2,}/g, '/')}`
}
