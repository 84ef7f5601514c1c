declare module '#content-placeholders' {
  /** Blurred previews of every image under public/, by URL path (built by modules/content.ts). */
  const placeholders: Record<string, string>
  export default placeholders
}
