import { checkImageFiles, checkLinkedFiles } from './assets'
import { readContentFiles } from './files'
import { formatProblem } from './problems'
import type { ContentProblem } from './problems'
import { validateContent } from './validate'
import type { ValidatedContent } from './validate'

export interface ContentCheck {
  content: ValidatedContent
  /** Schema problems, then images and linked files missing from public/. */
  problems: ContentProblem[]
  errors: number
  /** What `npm run content:check` prints: one line per problem, then a summary. */
  report: string
}

/**
 * The content of a folder, validated in full: the one loader of the build (modules/content.ts)
 * and of `npm run content:check`. The Node server validates the same files through
 * `validateContent`, from Nitro's storage.
 */
export async function checkContentFolder(contentDir: string, publicDir: string): Promise<ContentCheck> {
  const files = await readContentFiles(contentDir)
  const content = validateContent(files)
  const problems = [...content.problems, ...await checkImageFiles(content, publicDir), ...await checkLinkedFiles(content, publicDir)]
  const errors = problems.filter(p => p.severity === 'error').length
  const drafts = [...content.pages.values()].filter(r => r.page.draft).length
  const summary = errors
    ? `content:check: ${errors} error${errors === 1 ? '' : 's'} in ${files.length} files. Fix them and run npm run content:check again.`
    : `content:check: ${files.length} files, ${content.pages.size} pages (${drafts} draft${drafts === 1 ? '' : 's'}), no errors${problems.length ? `, ${problems.length} warnings` : ''}.`
  return { content, problems, errors, report: [...problems.map(formatProblem), summary].join('\n') }
}
