/** One thing wrong with the content, located by file and JSON path. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/research/sparse-circuits.json`. */
  file: string
  /** JSON path inside the file, e.g. `blocks[2].image.alt`; empty for the file as a whole. */
  path: string
  message: string
  severity: 'error' | 'warning'
}

export type JsonPath = ReadonlyArray<PropertyKey>

/** `['blocks', 2, 'image', 'alt']` -> `blocks[2].image.alt` */
export function formatJsonPath(path: JsonPath): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else {
      const name = String(key)
      out += /^[A-Za-z_$][\w$-]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`
    }
  }
  return out
}

/** Control characters and bidi overrides, which a terminal would obey rather than show. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const unprintable = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/** Author input made safe to print: every unprintable character written as its `\u` escape. */
export function printable(text: string): string {
  return text.replace(unprintable, c => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}

/** The line authors read: `content/index.json: blocks[2].image.alt: is required`. */
export function formatProblem(p: ContentProblem): string {
  const where = p.path ? `${p.file}: ${p.path}` : p.file
  return printable(`${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`)
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const temp = prev[j]!
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = temp
    }
  }
  return prev[b.length]!
}

/** The closest candidate within a small edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number, column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split('\n')
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 }
}
