export function inlineScriptHashes(html: string): string[]
export function inlineScriptHashesOfBytes(bytes: Uint8Array): string[]
export function contentSecurityPolicy(scriptHashes?: string[]): string
export function securityHeaders(options?: { scriptHashes?: string[], https?: boolean, html?: boolean }): Record<string, string>
export function headersFile(scriptHashes: string[]): string
export function parseHeadersFile(text: string): Record<string, string>
