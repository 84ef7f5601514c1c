import { access } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import type { Image } from '../../shared/schema'
import { formatJsonPath } from './problems'
import type { ContentProblem } from './problems'
import type { ValidatedContent } from './validate'

interface ImageRef { image: Image, file: string, path: string }

function collectImageRefs(value: unknown, file: string, path: Array<string | number>, into: ImageRef[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => collectImageRefs(v, file, [...path, i], into))
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.src === 'string' && typeof o.width === 'number' && typeof o.height === 'number') into.push({ image: o as unknown as Image, file, path: formatJsonPath(path) })
    else for (const [k, v] of Object.entries(o)) collectImageRefs(v, file, [...path, k], into)
  }
}

/**
 * Every image the content names must exist under public/ and have the proportions its
 * `width` and `height` claim; otherwise the page would show a broken image or jump while loading.
 */
export async function checkImageFiles(content: ValidatedContent, publicDir: string): Promise<ContentProblem[]> {
  const refs: ImageRef[] = []
  for (const rec of content.pages.values()) collectImageRefs(rec.page, rec.file, [], refs)
  if (content.site) collectImageRefs(content.site, 'content/site.json', [], refs)
  const sizes = new Map<string, Promise<{ width: number, height: number } | undefined>>()
  const sizeOf = (src: string) => {
    let p = sizes.get(src)
    if (!p) {
      const full = join(publicDir, src)
      p = access(full).then(() => sharp(full).metadata()).then(m => ({ width: m.width ?? 0, height: m.height ?? 0 }), () => undefined)
      sizes.set(src, p)
    }
    return p
  }
  const problems: ContentProblem[] = []
  for (const ref of refs) {
    const actual = await sizeOf(ref.image.src)
    const at = ref.path ? `${ref.path}.src` : 'src'
    if (!actual) {
      problems.push({ file: ref.file, path: at, severity: 'error', message: `no image file at public${ref.image.src}` })
      continue
    }
    const claimed = ref.image.width / ref.image.height
    const real = actual.width / actual.height
    if (Math.abs(claimed - real) / real > 0.01) {
      problems.push({ file: ref.file, path: ref.path ? `${ref.path}.width` : 'width', severity: 'error', message: `${ref.image.width}x${ref.image.height} does not match the file's proportions (${actual.width}x${actual.height}); the page would jump while it loads` })
    }
  }
  return problems
}
