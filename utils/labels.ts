/** A collection's folder name as readers see it: `research` -> "Research", `open-source` -> "Open source". */
export function collectionLabel(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ')
}
