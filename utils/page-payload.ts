/**
 * A page's data travels from the server render to the browser inside Nuxt's payload. Nuxt
 * writes the payload with devalue, which walks every value of it and asks each of the
 * payload's reducers about each one (about 1,500 values for an article, eight reducers):
 * 1.7 ms of a 13 ms article render. Page data is plain JSON by construction (the browser
 * fetches the same shape from /api/page), so the server hands devalue the page as one JSON
 * string instead (plugins/page-payload.ts), and the browser parses it back with JSON.parse.
 */
const pages = new WeakSet<object>()

/** Marks page data read on the server to travel as one JSON string; returns it unchanged. */
export function asPagePayload<T extends object>(page: T): T {
  pages.add(page)
  return page
}

/** The page's JSON when `value` is page data marked by asPagePayload, else false. */
export function reducePagePayload(value: unknown): string | false {
  return typeof value === 'object' && value !== null && pages.has(value) && JSON.stringify(value)
}
