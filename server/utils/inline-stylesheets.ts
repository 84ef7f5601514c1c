// Small stylesheets are written into the page instead of linked from it. Nuxt already inlines
// the styles of the components a page renders, yet still links the CSS files of the chunks
// they sit in, so a page asked for half a dozen files of a few hundred bytes each, most of
// them copies of styles it already had, and drew nothing until all had arrived (Lighthouse:
// "render-blocking resources"). Each such link is now dropped when the page already holds
// that exact CSS, or replaced in place by a <style> with it when it is small; larger files
// (the global stylesheet) stay linked and cached across pages.
// Used by server/plugins/stylesheets.ts on every rendered page.
export const inlineStylesheetsAtMost = 4096
const linkPattern = /<link rel="stylesheet" href="(\/_nuxt\/[\w.-]+\.css)"(?: crossorigin)?>/g

/**
 * The page's head (Nuxt's `render:html` parts) with its small build stylesheets inlined and
 * those it already holds dropped. `load` reads a stylesheet; undefined leaves its link alone.
 */
export async function inlineStylesheets(head: string[], load: (href: string) => Promise<string | undefined>): Promise<string[]> {
  const hrefs = new Set(head.flatMap(part => [...part.matchAll(linkPattern)].map(m => m[1]!)))
  if (!hrefs.size) return head
  const contents = new Map<string, string | undefined>()
  await Promise.all([...hrefs].map(async href => contents.set(href, (await load(href))?.trim())))
  const inline = head.flatMap(part => [...part.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(m => m[1]!)).join('\n')
  return head.map(part => part.replace(linkPattern, (link, href: string) => {
    const css = contents.get(href)
    // Unreadable, or something no <style> element can hold: keep the link as it was.
    if (!css || /<\/style/i.test(css)) return link
    if (inline.includes(css)) return ''
    return css.length <= inlineStylesheetsAtMost ? `<style data-href="${href}">${css}</style>` : link
  }))
}
