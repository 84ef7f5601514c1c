/** Where build caches live: `node_modules/.cache/kestrel`, or `SITE_CACHE_DIR`. */
export function cacheDir(rootDir: string, ...segments: string[]): string
/** A hash of every source, content and public file, the output environment and Node's version. */
export function exportFingerprint(rootDir: string, contentDir: string): Promise<string>
/** Every file of `from` under `to`: hard links where the file system allows, else copies. */
export function linkTree(from: string, to: string): Promise<void>
