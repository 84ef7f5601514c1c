import type { AsyncComponentLoader, Component } from 'vue'
import type { EmbedName } from '#shared/schema'

/**
 * The code of each embed named in shared/schema/embeds.ts, each in its own chunk: a page
 * downloads it only when a visitor comes near an embed that names it (BlocksEmbed.vue).
 * `satisfies` makes a registered name without a component, or a component without a name,
 * a type error.
 */
export const embedLoaders = {
  'sample-viewer': () => import('./SampleViewer.vue'),
  'line-chart': () => import('./LineChart.vue'),
  'token-heatmap': () => import('./TokenHeatmap.vue'),
} satisfies Record<EmbedName, AsyncComponentLoader<Component>>
