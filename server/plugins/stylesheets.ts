import stylesheets from '#build-stylesheets'
import { inlineStylesheets } from '../utils/inline-stylesheets'

// Small build stylesheets go into the page instead of being linked (server/utils/inline-stylesheets.ts);
// modules/stylesheets.ts bundles them. A file that is not there keeps its link.
export default defineNitroPlugin((nitroApp) => {
  const load = async (href: string) => stylesheets[href]
  nitroApp.hooks.hook('render:html', async (html) => {
    html.head = await inlineStylesheets(html.head, load)
  })
})
