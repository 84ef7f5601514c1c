/**
 * What each embed is called in its status line ("Loading the interactive line chart…"). Kept
 * apart from embeds.ts: the browser needs the names and titles, and importing the data's zod
 * schemas would add some 39 KB gzip to every page with an embed.
 */
export const embedTitles = {
  'sample-viewer': 'sample viewer',
  'line-chart': 'line chart',
  'token-heatmap': 'token heatmap',
} as const

export type EmbedName = keyof typeof embedTitles
