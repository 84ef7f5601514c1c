import { z } from 'zod'
import { isSafeHref } from '../utils/href'
import { parseInline, parseRichText } from '../utils/rich-text'
import { slugify } from '../utils/slug'

/** The four colour schemes a page or a block can carry. */
export const themes = ['dark-gray', 'light-gray', 'white', 'black'] as const
export const ThemeSchema = z.enum(themes).meta({
  description: 'Colour scheme: background, text and border colours.',
  examples: ['dark-gray'],
})
export type Theme = z.infer<typeof ThemeSchema>

export const transitions = ['simple', 'shutter', 'none'] as const
export const TransitionSchema = z.enum(transitions).meta({
  description: 'How the page appears: `simple` is a short fade, `shutter` closes and opens a band of strips, `none` is instant.',
  examples: ['shutter'],
})
export type PageTransitionName = z.infer<typeof TransitionSchema>

export const IsoDateSchema = z.iso.date({ message: 'must be a real calendar date written YYYY-MM-DD' }).meta({
  description: 'A calendar date, YYYY-MM-DD.',
  examples: ['2026-03-14'],
})

export const HrefSchema = z.string().refine(isSafeHref, {
  message: 'must be a site path from the root (/research), an #anchor, or an https://, mailto: or tel: URL',
}).meta({
  id: 'Href',
  description: 'Where the link goes: a site path such as `/research`, an `#anchor`, or an `https:`, `mailto:` or `tel:` URL.',
  examples: ['/research/sparse-circuits'],
})

export const PagePathSchema = z.string().regex(/^\/(?:[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*)?$/, {
  message: 'must be a site path such as /research/sparse-circuits (lower case, no trailing slash)',
}).meta({ description: 'The path of a page of this site.', examples: ['/research/sparse-circuits'] })

export const AnchorIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, {
  message: 'must start with a letter and use only a-z, 0-9 and hyphens',
}).meta({ description: 'Anchor for links to this block (`/#research`). Defaults to the slug of its heading.', examples: ['research'] })

export const CollectionNameSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, {
  message: 'must be the name of a content folder, such as research or blog',
}).meta({ description: 'A collection: a folder under content/ whose files are its entries.', examples: ['research'] })

const text = (description: string, example: string) => z.string().trim().min(1, { message: 'must not be empty' }).meta({ description, examples: [example] })
export { text as textField }

export const LinkSchema = z.strictObject({
  label: text('The visible text of the link.', 'Read the paper'),
  href: HrefSchema,
}).meta({ id: 'Link', description: 'A link: visible label and destination.', examples: [{ label: 'Read the paper', href: '/research/sparse-circuits' }] })
export type Link = z.infer<typeof LinkSchema>

export const ImageSchema = z.strictObject({
  src: z.string().regex(/^\/(?!\/)[A-Za-z0-9._/-]+\.(?:png|jpe?g|webp|avif)$/, {
    message: 'must be the path of an image under public/, such as /images/cover.webp (png, jpg, webp or avif)',
  }).refine(src => !src.split('/').includes('..'), { message: 'must not contain ".."' })
    .meta({ description: 'Path of the image file under `public/`.', examples: ['/images/hero-lattice.webp'] }),
  alt: z.string().optional().meta({
    description: 'What the image shows, for people who cannot see it. Required unless `decorative` is true.',
    examples: ['Blue and amber lines converging on a bright point'],
  }),
  decorative: z.boolean().optional().meta({
    description: 'Set to true when the image adds nothing a reader needs; it is then hidden from screen readers and `alt` stays empty.',
    examples: [true],
  }),
  width: z.int().positive().max(10000).meta({ description: 'Intrinsic width in pixels, so the page keeps its space while loading.', examples: [2400] }),
  height: z.int().positive().max(10000).meta({ description: 'Intrinsic height in pixels.', examples: [1350] }),
  focalPoint: z.strictObject({
    x: z.number().min(0).max(100).meta({ description: 'Horizontal position of the focal point, 0 (left) to 100 (right).', examples: [50] }),
    y: z.number().min(0).max(100).meta({ description: 'Vertical position of the focal point, 0 (top) to 100 (bottom).', examples: [30] }),
  }).optional().meta({ description: 'The point kept in view when the image is cropped (square cards, full-viewport heroes).', examples: [{ x: 50, y: 30 }] }),
  credit: z.string().trim().min(1).optional().meta({ description: 'Who made the image, shown beside it.', examples: ['Illustration: Ines Calder'] }),
}).superRefine((image, ctx) => {
  const alt = image.alt?.trim() ?? ''
  if (image.decorative && alt !== '') {
    ctx.addIssue({ code: 'custom', path: ['alt'], message: 'a decorative image must have an empty alt; remove "decorative" if the image carries meaning' })
  }
  if (!image.decorative && alt === '') {
    ctx.addIssue({ code: 'custom', path: ['alt'], message: 'is required: describe the image, or set "decorative": true if it adds nothing a reader needs' })
  }
}).meta({
  id: 'Image',
  description: 'An image with its intrinsic size and text alternative.',
  examples: [{ src: '/images/hero-lattice.webp', alt: 'Blue and amber lines converging on a bright point', width: 2400, height: 1350 }],
})
export type Image = z.infer<typeof ImageSchema>

const richTextHelp = 'Rich text: a blank line starts a paragraph; `- ` starts a bullet and `1. ` a numbered item; '
  + '`**strong**`, `*emphasis*`, `` `code` ``, `[label](/path)`, `[^note]` for a footnote and `$x^2$` for inline math. '
  + 'No HTML: `<` is shown as written. `\\*`, `\\$`, `\\[` and `\\`` give the literal characters.'

/** Rich text: paragraphs, lists, emphasis, links, code, footnote references and inline math. */
export const RichTextSchema = z.string().trim().min(1, { message: 'must not be empty' }).superRefine((text, ctx) => {
  for (const problem of parseRichText(text).problems) ctx.addIssue({ code: 'custom', message: problem.message })
}).meta({
  id: 'RichText',
  description: richTextHelp,
  examples: ['We trained **forty** small models; see [the code](https://example.org/code).[^seeds]'],
})

/** One line of rich text without paragraphs or lists, for table cells. */
export const InlineRichTextSchema = z.string().trim().min(1, { message: 'must not be empty' }).superRefine((text, ctx) => {
  if (/\n/.test(text)) ctx.addIssue({ code: 'custom', message: 'must be a single line (no paragraphs or lists here)' })
  const problems: Array<{ message: string }> = []
  parseInline(text, problems)
  for (const problem of problems) ctx.addIssue({ code: 'custom', message: problem.message })
}).meta({
  id: 'InlineRichText',
  description: 'One line of rich text: `**strong**`, `*emphasis*`, `` `code` ``, `[label](/path)`, `[^note]` and `$x$`.',
  examples: ['$0.42$ (**best**)'],
})

/** A label that also becomes part of a URL (`/research/tag/<slug>`), so it needs letters or digits. */
export const TaxonomyLabelSchema = z.string().trim().min(1, { message: 'must not be empty' }).max(40)
  .refine(label => slugify(label) !== '', { message: 'must contain letters or digits (it becomes part of a URL)' })
