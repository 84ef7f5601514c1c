import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seededRandom as rng } from '../../scripts/seeded-random.mjs'
import { readContentFiles } from '../../server/content/files'
import { formatProblem } from '../../server/content/problems'
import { validateContent } from '../../server/content/validate'
import type { ContentFile } from '../../server/content/validate'

// FUZZ_SEED=<n> reproduces a run; FUZZ_RUNS sets how many mutated sites are validated.
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const runs = Number(process.env.FUZZ_RUNS ?? 2000)
console.log(`content fuzz: seed ${seed}, ${runs} runs (FUZZ_SEED=${seed} to repeat)`)

const files = await readContentFiles(resolve(import.meta.dirname, '../../content'))
const random = rng(seed)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const oddStrings = ['', ' ', '\u202Eevil\u202C', '\u200B\u200D', '\uD800', '😀'.repeat(50), '<script>alert(1)</script>', 'javascript:alert(1)', 'x'.repeat(200_000), '\u0000', 'NaN', '{}', '../../etc/passwd']
const oddValues: unknown[] = [null, 0, -1, 1e308, Number.NaN, true, [], {}, [[[]]], { type: 'hero' }, ...oddStrings]

/** Every container in a JSON value, so a mutation can land anywhere in it. */
function containers(value: unknown, out: Array<Record<string, unknown> | unknown[]> = []) {
  if (Array.isArray(value)) {
    out.push(value)
    value.forEach(v => containers(v, out))
  }
  else if (value && typeof value === 'object') {
    out.push(value as Record<string, unknown>)
    Object.values(value).forEach(v => containers(v, out))
  }
  return out
}

function deep(depth: number): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < depth; i++) v = random() < 0.5 ? [v] : { blocks: v }
  return v
}

function mutateData(data: unknown): unknown {
  const targets = containers(data)
  const target = pick(targets)
  const keys: Array<string | number> = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target)
  const key = keys.length ? pick(keys) : undefined
  const set = (k: string | number, v: unknown) => ((target as Record<string | number, unknown>)[k] = v)
  const remove = (k: string | number) => {
    if (Array.isArray(target)) target.splice(k as number, 1)
    else Reflect.deleteProperty(target, k)
  }
  switch (Math.floor(random() * 7)) {
    case 0: // remove a key or element
      if (key !== undefined) remove(key)
      break
    case 1: // rename a key (a typo)
      if (key !== undefined && !Array.isArray(target)) {
        const value = (target as Record<string, unknown>)[key as string]
        remove(key)
        set(`${String(key).slice(0, -1)}${pick(['e', 'x', '_', ''])}`, value)
      }
      break
    case 2: // retype a value
      if (key !== undefined) set(key, pick(oddValues))
      break
    case 3: // huge or odd string
      if (key !== undefined) set(key, pick(oddStrings))
      break
    case 4: // deep nesting
      if (key !== undefined) set(key, deep(50 + Math.floor(random() * 2000)))
      break
    case 5: // duplicate an element
      if (Array.isArray(target) && target.length) target.push(structuredClone(pick(target)))
      break
    default: // replace the whole document
      return pick(oddValues)
  }
  return data
}

function mutateText(text: string): string {
  const at = Math.floor(random() * text.length)
  switch (Math.floor(random() * 3)) {
    case 0: return text.slice(0, at)
    case 1: return text.slice(0, at) + pick(['{', '}', ',', '"', ':', '\\', '\u0000', ']']) + text.slice(at)
    default: return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20))
  }
}

function mutatedSite(): ContentFile[] {
  const copy = files.map(f => ({ ...f }))
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const file = pick(copy)
    if (random() < 0.2) file.text = mutateText(file.text)
    else {
      try {
        file.text = JSON.stringify(mutateData(JSON.parse(file.text)))
      }
      catch {
        file.text = mutateText(file.text)
      }
    }
  }
  return copy
}

describe(`content fuzzing (seed ${seed})`, () => {
  it('never throws, and every error names its file and where in it', () => {
    let invalid = 0
    for (let run = 0; run < runs; run++) {
      const site = mutatedSite()
      let result: ReturnType<typeof validateContent>
      try {
        result = validateContent(site)
      }
      catch (error) {
        throw new Error(`run ${run} (FUZZ_SEED=${seed}) threw: ${String(error)}`, { cause: error })
      }
      const errors = result.problems.filter(p => p.severity === 'error')
      if (errors.length) invalid++
      for (const p of errors) {
        const located = p.path !== '' || /invalid JSON at line \d+, column \d+|is missing|file and folder names|the file must hold one JSON object/.test(p.message)
        expect(located, `run ${run} (FUZZ_SEED=${seed}): ${formatProblem(p)}`).toBe(true)
        expect(p.file).toMatch(/^content\/.+\.json$/)
        expect(p.message.length).toBeGreaterThan(0)
      }
    }
    // Most mutations must be caught; a fuzzer that only produced valid sites would test nothing.
    expect(invalid).toBeGreaterThan(runs * 0.5)
  }, 120_000)
})
