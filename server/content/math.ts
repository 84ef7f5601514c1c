import katex from 'katex'
import { createLru } from '../../shared/utils/lru'

/**
 * TeX to HTML (with MathML for screen readers), on the server only: the browser gets
 * KaTeX's CSS and fonts, never its JavaScript. `trust: false` refuses \href, \url,
 * \includegraphics and raw HTML commands, so the output holds only KaTeX's own markup.
 */
const untrustedColor = '#cc0001'

// Each formula is rendered when content is checked and again when its page renders: keep the
// result. Bounded, so a long dev session of edits cannot grow it without limit.
const rendered = createLru<string, { html: string } | { error: string }>(5000)

export function renderTex(tex: string, displayMode: boolean): { html: string } | { error: string } {
  const key = `${displayMode ? 'D' : 'I'}${tex}`
  let result = rendered.get(key)
  if (!result) rendered.set(key, result = render(tex, displayMode))
  return result
}

function render(tex: string, displayMode: boolean): { html: string } | { error: string } {
  try {
    const html = katex.renderToString(tex, {
      displayMode,
      throwOnError: true,
      trust: false,
      strict: 'ignore',
      output: 'htmlAndMathml',
      // Bound the work one formula can cause (macro bombs), whoever wrote it.
      maxExpand: 500,
      maxSize: 20,
      errorColor: untrustedColor,
    })
    // With trust off, KaTeX draws commands such as \href as red text instead of failing.
    if (html.includes(`mathcolor="${untrustedColor}"`)) return { error: 'uses a command that is not allowed here (\\href, \\url, \\includegraphics, \\html...)' }
    return { html }
  }
  catch (error) {
    const message = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error)
    return { error: message }
  }
}
