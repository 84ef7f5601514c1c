import { z } from 'zod'
import {
  AnchorIdSchema, CollectionNameSchema, HrefSchema, ImageSchema, InlineRichTextSchema, LinkSchema, PagePathSchema,
  RichTextSchema, ThemeSchema, textField,
} from './primitives'
import { embedDefinitions, embedNames } from './embeds'

/** Fields every block has besides its own. */
const blockBase = {
  theme: ThemeSchema.optional().meta({ description: 'Colour scheme of this block. Defaults to the page theme.', examples: ['black'] }),
  id: AnchorIdSchema.optional(),
}

function defineBlock<T extends string, S extends z.ZodRawShape>(type: T, shape: S, meta: { description: string, example: Record<string, unknown> }) {
  return z.strictObject({ type: z.literal(type), ...blockBase, ...shape }).meta({
    title: type,
    description: meta.description,
    examples: [{ type, ...meta.example }],
  })
}

/** A video file under public/, for the hero's background and the video block. */
const VideoFileSchema = z.string().regex(/^\/(?!\/)[A-Za-z0-9._/-]+\.(?:mp4|webm)$/, { message: 'must be the path of an mp4 or webm file under public/' })

export const VideoSchema = z.strictObject({
  src: VideoFileSchema.meta({ description: 'Path of the video file under `public/`.', examples: ['/videos/hero-loop.webm'] }),
  type: z.enum(['video/mp4', 'video/webm']).meta({ description: 'The file format.', examples: ['video/webm'] }),
  label: textField('What the video shows, for the pause button and screen readers.', 'Slowly drifting particle trails'),
}).meta({ description: 'A muted, looping background video; visitors can pause it.' })

export const HeroBlockSchema = defineBlock('hero', {
  title: textField('The page headline, shown at display size.', 'We study how learning systems come to understand the world'),
  image: ImageSchema,
  video: VideoSchema.optional(),
  links: z.array(LinkSchema).max(6).default([]).meta({ description: 'Quick-link buttons under the headline.', examples: [[{ label: 'Our research', href: '/research' }]] }),
  linksLabel: textField('Heading of the quick links for screen readers (visually hidden).', 'Quick links').default('Quick links'),
}, {
  description: 'Full-viewport opening of a page: background image (loaded first), optional muted video, headline and quick-link buttons.',
  example: {
    title: 'We study how learning systems come to understand the world',
    image: { src: '/images/hero-lattice.webp', alt: 'Blue and amber lines converging on a bright point', width: 2400, height: 1350 },
    links: [{ label: 'Our research', href: '/research' }, { label: 'Join us', href: '/careers' }],
  },
})

export const MixedItemSchema = z.strictObject({
  heading: textField('The card heading.', 'Read our field notes'),
  cta: textField('The call to action under the heading.', 'Go to the blog'),
  href: HrefSchema,
}).meta({ description: 'One link card: the whole card is the link.' })

export const ListingMixedBlockSchema = defineBlock('listing-mixed', {
  heading: textField('Heading of the row, read by screen readers (visually hidden).', 'Start here').optional(),
  items: z.array(MixedItemSchema).min(1).max(6).meta({ description: 'The cards, one to six; three fit in a row on wide screens.' }),
}, {
  description: 'A row of link cards, each a heading and a call-to-action label; three per row on wide screens.',
  example: {
    items: [
      { heading: 'What we are working on', cta: 'Browse research', href: '/research' },
      { heading: 'Notes from the lab', cta: 'Read the blog', href: '/blog' },
      { heading: 'Build with us', cta: 'See open roles', href: '/careers' },
    ],
  },
})

export const ListingLatestBlockSchema = defineBlock('listing-latest', {
  heading: textField('Heading above the list.', 'Latest updates'),
  collections: z.array(CollectionNameSchema).min(1).meta({ description: 'Collections whose newest entries are listed.', examples: [['research', 'blog']] }),
  limit: z.int().min(1).max(12).default(4).meta({ description: 'How many entries to show.', examples: [4] }),
  links: z.array(LinkSchema).max(3).default([]).meta({
    description: 'Links beside the heading, such as one to each listed collection\'s index. `content:check` warns when they lead to some of the listed collections and not the others.',
    examples: [[{ label: 'All research', href: '/research' }, { label: 'All posts', href: '/blog' }]],
  }),
}, {
  description: 'The newest entries of one or more collections, newest first, computed from the content at build time.',
  example: { heading: 'Latest updates', collections: ['research', 'blog'], limit: 4, links: [{ label: 'All research', href: '/research' }, { label: 'All posts', href: '/blog' }] },
})

export const HeadingWithTextBlockSchema = defineBlock('heading-with-text', {
  heading: textField('The large heading on the left.', 'Research'),
  text: RichTextSchema.meta({ description: 'A short rich text on the right.', examples: ['We publish what we learn, including what did not work.'] }),
  link: LinkSchema.optional(),
}, {
  description: 'A rule on top, a large heading on the left, a short text and one underlined link on the right.',
  example: { heading: 'Research', text: 'We publish what we learn, including what did not work.', link: { label: 'Browse research', href: '/research' } },
})

export const ImageBlockSchema = defineBlock('image', {
  image: ImageSchema,
  caption: textField('Caption under the image.', 'Activation patterns of a small model, rendered as light.').optional(),
  fullBleed: z.boolean().default(false).meta({ description: 'Edge to edge instead of inside the text column.', examples: [true] }),
}, {
  description: 'A figure, full-bleed or contained, with an optional caption.',
  example: {
    image: { src: '/images/field-dunes.webp', alt: 'Soft ridges of colour receding into haze', width: 2400, height: 1200 },
    caption: 'A visualisation of a loss surface.',
    fullBleed: true,
  },
})

export const ListingResearchBlockSchema = defineBlock('listing-research', {
  heading: textField('Heading above the cards.', 'Selected research'),
  items: z.array(PagePathSchema).min(1).max(12).optional().meta({ description: 'Pages to show, in this order. Use either `items` or `collection`.', examples: [['/research/sparse-circuits']] }),
  collection: CollectionNameSchema.optional(),
  limit: z.int().min(1).max(12).optional().meta({ description: 'With `collection`: how many of its newest entries to show (default 4).', examples: [4] }),
  link: LinkSchema.optional(),
}, {
  description: 'Cards with a square image, title and date, linking to research pages: chosen by hand (`items`) or the newest of a `collection`.',
  example: { heading: 'Selected research', collection: 'research', limit: 4, link: { label: 'View all research', href: '/research' } },
}).superRefine((block, ctx) => {
  if ((block.items === undefined) === (block.collection === undefined)) {
    ctx.addIssue({ code: 'custom', path: [], message: 'needs exactly one of "items" (a list of page paths) or "collection"' })
  }
  if (block.items && block.limit !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['limit'], message: '"limit" only applies with "collection"' })
  }
})

export const TestimonialBlockSchema = defineBlock('testimonial', {
  quote: textField('The quotation, without quotation marks (they are added).', 'The lab made it easy to ask the awkward question.'),
  name: textField('Who said it.', 'Priya Raman'),
  role: textField('Their role or affiliation.', 'Visiting researcher'),
  image: ImageSchema,
}, {
  description: 'A large pull quote with the person\'s name, role and a square portrait.',
  example: {
    quote: 'The lab made it easy to ask the awkward question.',
    name: 'Priya Raman',
    role: 'Visiting researcher',
    image: { src: '/images/portrait-okafor.webp', alt: 'Abstract portrait in warm orange tones', width: 800, height: 800 },
  },
})

export const RichTextBlockSchema = defineBlock('rich-text', {
  text: RichTextSchema,
}, {
  description: 'Body text of an article: paragraphs, lists, emphasis, links, inline code and math, footnote references.',
  example: {
    text: 'We trained forty small models on the same data and looked for units that **every** run learned.\n\n- Most runs agree on a handful of units.\n- A few runs find a second, rarer solution.\n\nThe training code is [on our tools page](/tools/atlas).',
  },
})

export const ContentHeadingBlockSchema = defineBlock('content-heading', {
  heading: textField('The heading text.', 'Method'),
  level: z.union([z.literal(2), z.literal(3)]).default(2).meta({ description: 'Heading level: 2 for a section, 3 for a subsection.', examples: [2] }),
  toc: z.boolean().default(true).meta({ description: 'Set to false to leave this heading out of the table of contents.', examples: [false] }),
}, {
  description: 'A section heading (h2 or h3) with an anchor; the table of contents is built from these.',
  example: { heading: 'Method', level: 2 },
})

export const TableCellSchema = z.union([
  InlineRichTextSchema,
  z.strictObject({
    text: InlineRichTextSchema,
    secondary: z.boolean().default(false).meta({ description: 'Shown muted, for baselines and less important values.', examples: [true] }),
  }),
]).meta({
  id: 'TableCell',
  description: 'A cell: a line of rich text, or an object `{ "text": ..., "secondary": true }` to show it muted.',
  examples: [{ text: '61.2%', secondary: true }],
})

export const TableBlockSchema = defineBlock('table', {
  caption: textField('What the table shows; read first by screen readers.', 'Accuracy on held-out arithmetic, by model size'),
  columns: z.array(textField('A column heading.', 'Model')).min(1).max(12).meta({ description: 'The header row.' }),
  rows: z.array(z.array(TableCellSchema)).min(1).max(200).meta({ description: 'The body rows; each has one cell per column.' }),
  rowHeaders: z.boolean().default(true).meta({ description: 'Whether the first cell of each row names the row.', examples: [true] }),
  stickyFirstColumn: z.boolean().default(false).meta({ description: 'Keep the first column in view while a wide table scrolls sideways (on phones).', examples: [true] }),
  note: textField('A note under the table (units, sources).', 'Mean of five seeds; standard deviation under 0.4 points.').optional(),
}, {
  description: 'A data table with a header row and a caption; cells can be muted. On a narrow screen long text wraps, and a table still too wide scrolls sideways in its own focusable box, with a shadow at the edge that has more.',
  example: {
    caption: 'Accuracy on held-out arithmetic, by model size',
    columns: ['Model', 'Parameters', 'Accuracy'],
    rows: [['Baseline', { text: '40M', secondary: true }, { text: '61.2%', secondary: true }], ['Sparse', '40M', '**74.8%**']],
    note: 'Mean of five seeds.',
  },
}).superRefine((block, ctx) => {
  block.rows.forEach((row, i) => {
    if (row.length !== block.columns.length) {
      ctx.addIssue({ code: 'custom', path: ['rows', i], message: `has ${row.length} cell${row.length === 1 ? '' : 's'} but the table has ${block.columns.length} columns` })
    }
  })
})

export const MathBlockSchema = defineBlock('math', {
  tex: z.string().trim().min(1, { message: 'must not be empty' }).max(4000).meta({ description: 'The formula in TeX, without surrounding `$$`. Rendered on the server with KaTeX.', examples: ['\\mathcal{L} = -\\sum_i y_i \\log p_i'] }),
  caption: textField('A caption under the formula.', 'The training loss.').optional(),
}, {
  description: 'A display formula, written in TeX and rendered to HTML and MathML at build time (no math engine in the browser).',
  example: { tex: '\\mathcal{L}(\\theta) = -\\frac{1}{N}\\sum_{i=1}^{N} \\log p_\\theta(y_i \\mid x_i)', caption: 'The training objective.' },
})

export const EmbedBlockSchema = defineBlock('embed', {
  component: z.enum(embedNames).meta({ description: `Which interactive component to show, by the name it is registered under in code: ${embedNames.map(n => `\`${n}\``).join(', ')}.`, examples: ['line-chart'] }),
  heading: textField('Heading above the component.', 'Accuracy as units are removed').optional(),
  fallback: RichTextSchema.meta({ description: 'What a visitor reads without JavaScript, and everyone until the component has loaded: what it shows, in words, or a link to the data. Search indexes it.', examples: ['Removing the forty carry units first drops accuracy to 8%; removing forty random units costs six points.'] }),
  props: z.record(z.string(), z.unknown()).default({}).meta({ description: 'The component\'s own data; each component\'s fields are listed in the authoring docs under "Embeds".' }),
  wide: z.boolean().default(false).meta({ description: 'As wide as the page instead of the text column.', examples: [true] }),
}, {
  description: 'An interactive component registered in code (a sample viewer, a line chart, a token heatmap), with a text fallback. Its code loads only when a visitor comes near it, while a status line says so.',
  example: {
    component: 'sample-viewer',
    heading: 'Samples from two checkpoints',
    fallback: embedDefinitions['sample-viewer'].exampleFallback,
    props: embedDefinitions['sample-viewer'].example,
  },
}).superRefine((block, ctx) => {
  // The component's own fields, checked against its definition, with paths under `props`.
  const result = embedDefinitions[block.component].props.safeParse(block.props)
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['props', ...issue.path] } as Parameters<typeof ctx.addIssue>[0])
})

export const QuoteBlockSchema = defineBlock('quote', {
  quote: textField('The quotation, without quotation marks.', 'A result you cannot reproduce is an anecdote.'),
  attribution: textField('Who said or wrote it.', 'Ines Calder').optional(),
  source: LinkSchema.optional().meta({ description: 'Where the quotation comes from.' }),
}, {
  description: 'A quotation set apart from the text, with an optional attribution and source link.',
  example: { quote: 'A result you cannot reproduce is an anecdote.', attribution: 'Ines Calder, lab notebook' },
})

export const VideoBlockSchema = defineBlock('video', {
  src: VideoFileSchema.meta({ description: 'Path of the video file under `public/`.', examples: ['/videos/probe-sweep.webm'] }),
  title: textField('What the video shows, for screen readers.', 'A probe sweeping across the layers of a model'),
  poster: ImageSchema.meta({ description: 'The still shown before the video plays; gives the block its size.' }),
  captions: z.strictObject({
    src: z.string().regex(/^\/(?!\/)[A-Za-z0-9._/-]+\.vtt$/, { message: 'must be the path of a .vtt file under public/' })
      .meta({ description: 'WebVTT captions under `public/`.', examples: ['/videos/probe-sweep.en.vtt'] }),
    srclang: z.string().regex(/^[a-z]{2,3}$/).meta({ description: 'Language of the captions.', examples: ['en'] }),
    label: textField('Name of the captions track in the player.', 'English'),
  }).meta({ description: 'Captions (required: a video without them shuts out deaf visitors).' }),
  caption: textField('Caption under the video.', 'The probe finds the feature in layer 6.').optional(),
}, {
  description: 'A video with controls and captions. It never plays by itself.',
  example: {
    src: '/videos/probe-sweep.webm',
    title: 'A probe sweeping across the layers of a model',
    poster: { src: '/images/video-probe-sweep.webp', alt: 'Bands of colour with a bright line crossing them', width: 1280, height: 720 },
    captions: { src: '/videos/probe-sweep.en.vtt', srclang: 'en', label: 'English' },
  },
})

export const ButtonGroupBlockSchema = defineBlock('button-group', {
  links: z.array(LinkSchema.extend({
    style: z.enum(['primary', 'secondary']).default('primary').meta({ description: 'A primary button is filled; a secondary one is outlined.' }),
  })).min(1).max(4).meta({ description: 'The buttons, one to four.' }),
}, {
  description: 'A row of one to four link buttons.',
  example: { links: [{ label: 'Read the paper', href: '/research/sparse-circuits' }, { label: 'View the code', href: '/tools/atlas', style: 'secondary' }] },
})

export const ListingIndexBlockSchema = defineBlock('listing-index', {
  collection: CollectionNameSchema,
  perPage: z.int().min(1).max(48).default(12).meta({ description: 'Cards per page.', examples: [12] }),
}, {
  description: 'Every entry of a collection as cards, with filters by category and tag, newest or oldest first, and pages. Each state has its own URL.',
  example: { collection: 'research', perPage: 12 },
})

/** Every block the renderer knows. Adding one here without a component is a type error in the registry. */
export const blockSchemas = [
  HeroBlockSchema,
  ListingMixedBlockSchema,
  ListingLatestBlockSchema,
  HeadingWithTextBlockSchema,
  ImageBlockSchema,
  ListingResearchBlockSchema,
  TestimonialBlockSchema,
  RichTextBlockSchema,
  ContentHeadingBlockSchema,
  TableBlockSchema,
  MathBlockSchema,
  EmbedBlockSchema,
  QuoteBlockSchema,
  VideoBlockSchema,
  ButtonGroupBlockSchema,
  ListingIndexBlockSchema,
] as const

export const BlockSchema = z.discriminatedUnion('type', blockSchemas)
export type Block = z.infer<typeof BlockSchema>
export type BlockType = Block['type']
export const blockTypes = blockSchemas.map(s => s.shape.type.value) as BlockType[]

/** How the catalogue and the authoring docs group the blocks, in reading order. */
export const blockGroups = {
  'Page openings': ['hero'],
  'Text': ['heading-with-text', 'content-heading', 'rich-text', 'quote', 'testimonial'],
  'Data and math': ['table', 'math'],
  'Media': ['image', 'video'],
  'Interactive': ['embed', 'button-group'],
  'Listings': ['listing-mixed', 'listing-latest', 'listing-research', 'listing-index'],
} as const satisfies Record<string, readonly BlockType[]>

/** The heading a block can be linked by, if it has one. */
export function blockHeading(block: Block): string | undefined {
  switch (block.type) {
    case 'hero': return block.title
    case 'listing-mixed': return block.heading
    case 'listing-latest':
    case 'heading-with-text':
    case 'listing-research':
    case 'content-heading': return block.heading
    case 'embed': return block.heading
    default: return undefined
  }
}
