import { z } from 'zod'
import { textField } from './primitives'
import { embedTitles } from './embed-titles'
import type { EmbedName } from './embed-titles'

/**
 * Interactive components an `embed` block can name. Each is registered here with the data it
 * takes (checked by content:check, under the block's `props`) and in
 * components/embeds/registry.ts with its code; a name in one list and not the other is a type
 * error. Their code loads only when a page that uses them is read (BlocksEmbed.vue).
 */

const sampleViewer = z.strictObject({
  tabs: z.array(z.strictObject({
    label: textField('The tab name.', 'Step 1,000').max(40),
    prompt: textField('The prompt the sample answers.', 'Describe a kestrel in one sentence.').max(2000).optional(),
    output: z.string().trim().min(1, { message: 'must not be empty' }).max(6000).meta({ description: 'The sample, shown as written (line breaks kept).', examples: ['A small falcon that hovers before it drops.'] }),
  })).min(2).max(8).meta({ description: 'The tabs, two to eight.' }),
})

const point = z.tuple([z.number(), z.number()]).meta({ description: '`[x, y]`.', examples: [[1000, 0.42]] })
const lineChart = z.strictObject({
  xLabel: textField('What the horizontal axis counts.', 'Units removed').max(40),
  yLabel: textField('What the vertical axis measures.', 'Accuracy on held-out sums').max(60),
  yFormat: z.enum(['number', 'percent']).default('number').meta({ description: '`percent` shows y values from 0 to 1 as 0% to 100%.', examples: ['percent'] }),
  series: z.array(z.strictObject({
    label: textField('Name of the line, in the legend and the readout.', 'Carry units first').max(40),
    points: z.array(point).min(2).max(200).meta({ description: 'Two to 200 points, in order of x.' }),
  })).min(1).max(5).meta({ description: 'One to five lines, each with a colour and a dash pattern of its own.' }),
}).superRefine((chart, ctx) => {
  chart.series.forEach((line, s) => line.points.forEach((p, i) => {
    if (i > 0 && p[0] <= line.points[i - 1]![0]) ctx.addIssue({ code: 'custom', path: ['series', s, 'points', i, 0], message: `x must grow from one point to the next (${line.points[i - 1]![0]}, then ${p[0]})` })
  }))
})

const tokenHeatmap = z.strictObject({
  tokens: z.array(z.string().min(1).max(40)).min(1).max(200).meta({ description: 'The text, split as the model reads it (spaces kept inside tokens).', examples: [['The', ' sum', ' of', ' 48', ' and', ' 75']] }),
  maps: z.array(z.strictObject({
    label: textField('What these scores are, for the choice above the text.', 'Layer 2, carry units').max(60),
    scores: z.array(z.number().min(-1).max(1)).meta({ description: 'One score from -1 to 1 per token: positive shades warm, negative cool.', examples: [[0, 0.1, 0, 0.8, 0, 0.9]] }),
  })).min(1).max(12).meta({ description: 'One to twelve sets of scores the reader can switch between.' }),
}).superRefine((heatmap, ctx) => {
  heatmap.maps.forEach((map, i) => {
    if (map.scores.length !== heatmap.tokens.length) {
      ctx.addIssue({ code: 'custom', path: ['maps', i, 'scores'], message: `has ${map.scores.length} scores for ${heatmap.tokens.length} tokens: give one per token` })
    }
  })
})

export const embedDefinitions = {
  'sample-viewer': {
    title: embedTitles['sample-viewer'],
    description: 'Tabs (arrow keys, Home and End) that switch between samples, such as a model\'s answers at different checkpoints.',
    props: sampleViewer,
    exampleFallback: 'At step 1,000 the model strings words together ("bird bird the wing"); by step 50,000 it answers in a sentence.',
    example: {
      tabs: [
        { label: 'Step 1,000', prompt: 'Describe a kestrel.', output: 'bird bird the wing' },
        { label: 'Step 50,000', prompt: 'Describe a kestrel.', output: 'A small falcon that hovers over fields.' },
      ],
    },
  },
  'line-chart': {
    title: embedTitles['line-chart'],
    description: 'Lines over a shared horizontal axis. Each line can be hidden from the legend; a slider (arrow keys) reads every line\'s value at one x, aloud too.',
    props: lineChart,
    exampleFallback: 'Removing the carry units first drops accuracy from 97% to 8% by forty units; forty random units cost six points.',
    example: {
      xLabel: 'Units removed',
      yLabel: 'Accuracy',
      yFormat: 'percent',
      series: [
        { label: 'Carry units first', points: [[0, 0.97], [10, 0.71], [20, 0.32], [40, 0.08]] },
        { label: 'Random units', points: [[0, 0.97], [10, 0.96], [20, 0.95], [40, 0.91]] },
      ],
    },
  },
  'token-heatmap': {
    title: embedTitles['token-heatmap'],
    description: 'A passage shaded token by token by a score (an attribution, a unit\'s activation), with a choice between sets of scores and the strongest tokens read out.',
    props: tokenHeatmap,
    exampleFallback: 'Unit 812 responds most to the two numbers, 75 above all; unit 1,044 barely responds to them.',
    example: {
      tokens: ['The', ' sum', ' of', ' 48', ' and', ' 75', ' is'],
      maps: [
        { label: 'Carry unit 812', scores: [0, 0.05, 0, 0.7, 0.1, 0.9, 0.3] },
        { label: 'Copy unit 1,044', scores: [0.2, -0.3, 0, 0.1, 0, 0.1, -0.5] },
      ],
    },
  },
} as const satisfies Record<EmbedName, { title: string, description: string, props: z.ZodType, exampleFallback: string, example: unknown }>

export type { EmbedName }
export const embedNames = Object.keys(embedDefinitions) as EmbedName[]
export type EmbedProps<N extends EmbedName> = z.output<(typeof embedDefinitions)[N]['props']>
/** Any embed's props, as the renderer receives them (parsed, defaults filled in). */
export type AnyEmbedProps = { [N in EmbedName]: EmbedProps<N> }[EmbedName]
