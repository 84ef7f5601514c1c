/** Serves a static export the way a static host does; resolves with its base URL. */
export function serveStatic(root: string, port?: number): Promise<{ url: string, close: () => Promise<void> }>
