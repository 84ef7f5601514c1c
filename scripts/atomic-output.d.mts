/** Runs a build into a temporary folder and swaps it in for `target` only on success. */
export function buildAtomically(
  target: string,
  build: (tmpDir: string) => { command: string, args: string[], env?: Record<string, string> } | { run: () => Promise<void> },
  finish?: (tmpDir: string) => Promise<void>,
  options?: { signal?: AbortSignal },
): Promise<number>
