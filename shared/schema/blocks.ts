import { z } from 'zod'
import {
  AnchorIdSchema, CollectionNameSchema, HrefSchema, ImageSchema, LinkSchema, PagePathSchema, ThemeSchema, textField,
} from './primitives'

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

export const VideoSchema = z.strictObject({
  src: z.string().regex(/^\/(?!\/)[A-Za-z0-9._/-]+\.(?:mp4|webm)$/, { message: 'must be the path of an mp4 or webm file under public/' })
    .meta({ description: 'Path of the video file under `public/`.', examples: ['/videos/hero-loop.webm'] }),
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
  link: LinkSchema.optional(),
}, {
  description: 'The newest entries of one or more collections, newest first, computed from the content at build time.',
  example: { heading: 'Latest updates', collections: ['research', 'blog'], limit: 4, link: { label: 'View all research', href: '/research' } },
})

export const HeadingWithTextBlockSchema = defineBlock('heading-with-text', {
  heading: textField('The large heading on the left.', 'Research'),
  text: textField('A short text on the right. A blank line starts a new paragraph.', 'We publish what we learn, including what did not work.'),
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

/** Every block the renderer knows. Adding one here without a component is a type error in the registry. */
export const blockSchemas = [
  HeroBlockSchema,
  ListingMixedBlockSchema,
  ListingLatestBlockSchema,
  HeadingWithTextBlockSchema,
  ImageBlockSchema,
  ListingResearchBlockSchema,
  TestimonialBlockSchema,
] as const

export const BlockSchema = z.discriminatedUnion('type', blockSchemas)
export type Block = z.infer<typeof BlockSchema>
export type BlockType = Block['type']
export const blockTypes = blockSchemas.map(s => s.shape.type.value) as BlockType[]

/** How the catalogue and the authoring docs group the blocks, in reading order. */
export const blockGroups = {
  'Page openings': ['hero'],
  'Text': ['heading-with-text', 'testimonial'],
  'Media': ['image'],
  'Listings': ['listing-mixed', 'listing-latest', 'listing-research'],
} as const satisfies Record<string, readonly BlockType[]>

/** The heading a block can be linked by, if it has one. */
export function blockHeading(block: Block): string | undefined {
  switch (block.type) {
    case 'hero': return block.title
    case 'listing-mixed': return block.heading
    case 'listing-latest':
    case 'heading-with-text':
    case 'listing-research': return block.heading
    default: return undefined
  }
}
