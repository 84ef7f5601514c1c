/**
 * Options ipx copies onto sharp's output options after its own (ipx 4 with sharp 0.35), for
 * every image variant the site serves or exports. WebP is encoded at effort 2 instead of
 * sharp's default 4: half the time per variant (encoding was a quarter of a 5,000-page
 * export) for 2 to 4 % more bytes at the same quality. tests/unit/image-encoding.test.ts
 * checks that ipx still hands them to sharp under these names.
 */
export const sharpOutputOptions: Record<string, unknown> = { webpEffort: 2 }
