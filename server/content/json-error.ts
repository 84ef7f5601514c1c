/**
 * Where the first JSON syntax error is, and what was expected there. Node 20's JSON.parse
 * messages give neither line nor position, and authors need both. Called only after
 * JSON.parse has failed, so speed does not matter; iterative so deep nesting cannot
 * overflow the stack.
 */
export function findJsonError(text: string): { offset: number, reason: string } {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const fail = (reason: string) => ({ offset: i, reason })
  const describe = () => (i >= text.length ? 'end of file' : `"${text[i]}"`)

  const scanString = (): string | undefined => {
    i++
    while (i < text.length) {
      const c = text[i]!
      if (c === '"') {
        i++
        return undefined
      }
      if (c === '\\') {
        const n = text[i + 1]
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return 'invalid \\u escape in string'
          i += 6
          continue
        }
        if (n === undefined || !'"\\/bfnrt'.includes(n)) return 'invalid escape in string'
        i += 2
        continue
      }
      if (c < ' ') return c === '\n' ? 'string not closed before the end of the line' : 'control character in string'
      i++
    }
    return 'string not closed before the end of file'
  }

  // A stack of open containers; each frame knows whether it expects a value, a key, or a separator.
  type Frame = { kind: 'object' | 'array', state: 'first' | 'value' | 'after' | 'key' | 'colon' }
  const stack: Frame[] = []
  let done = false
  ws()
  while (i <= text.length) {
    const top = stack[stack.length - 1]
    ws()
    if (!top && done) break
    if (top?.kind === 'object' && (top.state === 'first' || top.state === 'key')) {
      if (top.state === 'first' && text[i] === '}') {
        i++
        stack.pop()
        done = true
        continue
      }
      if (text[i] !== '"') return fail(`expected a quoted field name, found ${describe()}${text[i] === '}' ? ' (remove the trailing comma)' : ''}`)
      const err = scanString()
      if (err) return fail(err)
      top.state = 'colon'
      continue
    }
    if (top?.kind === 'object' && top.state === 'colon') {
      if (text[i] !== ':') return fail(`expected ":" after the field name, found ${describe()}`)
      i++
      top.state = 'value'
      continue
    }
    if (top && top.state === 'after') {
      const close = top.kind === 'object' ? '}' : ']'
      if (text[i] === ',') {
        i++
        top.state = top.kind === 'object' ? 'key' : 'value'
        continue
      }
      if (text[i] === close) {
        i++
        stack.pop()
        done = true
        continue
      }
      return fail(`expected "," or "${close}", found ${describe()}${text[i] === '"' || text[i] === '{' ? ' (a comma is probably missing)' : ''}`)
    }
    // A value is expected here.
    if (top?.kind === 'array' && top.state === 'first' && text[i] === ']') {
      i++
      stack.pop()
      done = true
      continue
    }
    const c = text[i]
    if (c === '{' || c === '[') {
      if (top) top.state = 'after'
      stack.push({ kind: c === '{' ? 'object' : 'array', state: 'first' })
      i++
      continue
    }
    if (c === '"') {
      const err = scanString()
      if (err) return fail(err)
    }
    else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400))
      if (!m) return fail(`expected a value, found ${describe()}${c === ']' || c === '}' ? ' (remove the trailing comma)' : ''}`)
      i += m[0].length
    }
    if (top) top.state = 'after'
    else done = true
  }
  ws()
  if (stack.length) return fail(`expected "${stack[stack.length - 1]!.kind === 'object' ? '}' : ']'}" before the end of file`)
  if (i < text.length) return fail(`unexpected ${describe()} after the end of the document`)
  return { offset: i, reason: 'invalid JSON' }
}
