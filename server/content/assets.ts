import { access } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { isFileHref, isInternalPath } from '../../shared/utils/href'
import { inlineNodes } from '../../shared/utils/rich-text'
import { formatJsonPath } from './problems'
import type { ContentProblem } from './problems'
import { parseField, richTextFields } from './rich'
import { collectHrefs, collectImages } from './walk'
import type { ValidatedContent } from './validate'

/**
 * Every image the content names must exist under public/ and have the proportions its
 * `width` and `height` claim; otherwise the page would show a broken image or jump while loading.
 */
export async function checkImageFiles(content: ValidatedContent, publicDir: string): Promise<ContentProblem[]> {
  const refs = [
    ...[...content.pages.values()].flatMap(rec => collectImages(rec.page).map(r => ({ ...r, file: rec.file }))),
    ...(content.site ? collectImages(content.site).map(r => ({ ...r, file: 'content/site.json' })) : []),
  ]
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

/**
 * Links to files (a PDF, a dataset) must point at a file under public/: the prerenderer only
 * follows links to pages, so nothing else would notice a missing download before visitors do.
 */
export async function checkLinkedFiles(content: ValidatedContent, publicDir: string): Promise<ContentProblem[]> {
  const links = [
    ...[...content.pages.values()].flatMap(rec => collectHrefs(rec.page.blocks, ['blocks']).map(l => ({ ...l, file: rec.file }))),
    ...(content.navigation ? collectHrefs(content.navigation).map(l => ({ ...l, file: 'content/navigation.json' })) : []),
    // Links inside rich text (paragraphs, table cells, notes), with the field they sit in.
    ...[...content.pages.values()].flatMap(rec => richTextFields(rec.page).flatMap(field =>
      [...inlineNodes(parseField(field, rec.rich))]
        .flatMap(node => (node.type === 'link' ? [{ href: node.href, path: formatJsonPath(field.path), file: rec.file }] : [])))),
    // A video block's file and captions are links to files too.
    ...[...content.pages.values()].flatMap(rec => rec.page.blocks.flatMap((b, i) => (b.type === 'video'
      ? [{ href: b.src, path: `blocks[${i}].src`, file: rec.file }, { href: b.captions.src, path: `blocks[${i}].captions.src`, file: rec.file }]
      : []))),
  ]
  // Files the build writes itself: feeds of collections with an index page, the sitemap, robots.txt.
  const generated = new Set(['/sitemap.xml', '/robots.txt'])
  for (const rec of content.pages.values()) {
    if (rec.collection && content.pages.has(`/${rec.collection}`)) ['feed.xml', 'atom.xml'].forEach(f => generated.add(`/${rec.collection}/${f}`))
  }
  const problems: ContentProblem[] = []
  for (const { href, path, file } of links) {
    if (!isInternalPath(href)) continue
    const target = href.replace(/[?#].*$/, '')
    if (!isFileHref(target) || generated.has(target)) continue
    const exists = await access(join(publicDir, decodeURIComponent(target))).then(() => true, () => false)
    if (!exists) problems.push({ file, path, severity: 'error', message: `links to ${target}, but there is no such file under public/` })
  }
  return problems
}
