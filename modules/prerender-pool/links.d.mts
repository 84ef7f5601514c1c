/** Every `href` on the page that Nitro's crawler would take, as written, in document order. */
export function crawlableLinks(html: string): string[]
/** The `x-nitro-prerender` header with these links added. */
export function withLinks(header: string | null, links: string[]): string
