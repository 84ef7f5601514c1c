import type { ComputedRef, InjectionKey } from 'vue'

/** What UiImage needs to know about the current page's images, by `src`. */
export interface PageImages {
  /** Blurred previews, shown until the image arrives. */
  placeholders: Record<string, string>
  /** Hashes of the files, for the variant URLs. */
  versions: Record<string, string>
}

/** Provided by the page, read by UiImage. */
export const pageImagesKey: InjectionKey<ComputedRef<PageImages>> = Symbol('page-images')
