/** Builds the Pagefind index of a static export into `<publicDir>/pagefind`. */
export function buildSearchIndex(publicDir: string): Promise<{ pages: number, bytes: number }>
