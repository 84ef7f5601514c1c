/**
 * Turns a heading into a URL fragment: "Sparse circuits, revisited" -> "sparse-circuits-revisited".
 * Server and browser both call it, so anchors agree between the HTML and hydration.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
