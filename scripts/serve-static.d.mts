/** Serves a static export the way a static host does; resolves with its base URL. */
export function serveStatic(
  root: string,
  port?: number,
  /** 'once' (the default): each text file compressed once and kept; 'per-request': on every response, at the highest quality. */
  options?: { compression?: 'once' | 'per-request' },
): Promise<{ url: string, close: () => Promise<void> }>
