import { z } from 'zod'
import { BlockSchema } from './blocks'
import { shareNetworks } from '../utils/share'
import {
  HrefSchema, ImageSchema, IsoDateSchema, LinkSchema, PagePathSchema, RichTextSchema, TaxonomyLabelSchema, ThemeSchema,
  TransitionSchema, textField,
} from './primitives'

export const templates = ['page', 'article', 'post', 'policy'] as const

/** The announcement banner: site.json sets the default, a page may replace it or turn it off. */
export const BannerSchema = z.strictObject({
  text: textField('The banner text.', 'Applications for the summer residency close on 1 March.'),
  links: z.array(LinkSchema).min(1).max(3).meta({ description: 'One to three links; the first is drawn as a button.', examples: [[{ label: 'Read about the residency', href: '/residency' }]] }),
  placement: z.enum(['top', 'footer']).default('footer').meta({ description: '`top`: under the header, above the page. `footer`: above the footer.', examples: ['top'] }),
}).meta({
  id: 'Banner',
  description: 'An announcement shown on every page (site.json `cta`), unless a page replaces it or turns it off (its `banner`).',
  examples: [{ text: 'Applications for the summer residency close on 1 March.', links: [{ label: 'Read about the residency', href: '/residency' }], placement: 'top' }],
})
export type Banner = z.infer<typeof BannerSchema>

export const FootnoteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must use only a-z, 0-9 and hyphens' })
    .meta({ description: 'The name used in `[^name]` references.', examples: ['seeds'] }),
  text: RichTextSchema.meta({ description: 'The note (rich text, without footnote references of its own).' }),
}).meta({ description: 'A footnote or citation, referenced from rich text as `[^id]`.' })

export const PageSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Path to the JSON Schema, for editors.' }),
  title: textField('The page title, used in the browser tab, search results and cards.', 'Sparse circuits in small language models'),
  description: textField('One or two sentences for search engines and social cards.', 'How a handful of units carry most of a small model\'s arithmetic.').max(300),
  theme: ThemeSchema.default('white'),
  transition: TransitionSchema.default('simple'),
  date: IsoDateSchema.optional(),
  draft: z.boolean().default(false).meta({ description: 'Drafts are left out of the export, listings and search.', examples: [true] }),
  image: ImageSchema.optional().meta({ description: 'Image for social cards and listing cards. Collection entries need one.' }),
  authors: z.array(z.strictObject({
    name: textField('The author\'s name as it should appear. On an entry of a collection with an index, it links to the index\'s page of their work (`/research/author/ines-calder`).', 'Ines Calder'),
    url: HrefSchema.optional().meta({ description: 'The author\'s own page (a profile, a personal site), linked from the page of their work. Every page naming the author must give the same one, or none.' }),
    group: textField('A heading the author is listed under, for work done in parts ("Original post", "Interim update"). Give every author of the page a group, or none; groups appear in the order they are first named.', 'Original post').max(60).optional(),
  })).max(60).optional().meta({ description: 'Who wrote the page; shown on articles and posts and given to search engines.', examples: [[{ name: 'Ines Calder' }]] }),
  template: z.enum(templates).default('page').meta({
    description: 'How the page is laid out around its blocks. `article`: a research article (hero with date, category, buttons and cover; table of contents; notes, tags, authors, related articles). `post`: an announcement (title, date, reading time, authors, "Filed under"). `policy`: legal text with a side navigation of the other policies in its folder. `page`: blocks only.',
    examples: ['article'],
  }),
  category: TaxonomyLabelSchema.optional().meta({ description: 'One category, for articles and posts; the index page can be filtered by it.', examples: ['Interpretability'] }),
  tags: z.array(TaxonomyLabelSchema).max(12).default([]).meta({ description: 'Topics; each links to the index filtered by that tag.', examples: [['language models', 'circuits']] }),
  links: z.array(LinkSchema).max(2).default([]).meta({ description: 'One or two buttons in an article\'s hero ("Read the paper", "View the code").' }),
  updated: IsoDateSchema.optional().meta({ description: 'When the page last changed in substance; policies show it as "Updated <date>".' }),
  footnotes: z.array(FootnoteSchema).max(100).default([]).meta({ description: 'Notes and citations, numbered in the order the text first refers to them.' }),
  footnoteStyle: z.enum(['numbers', 'letters', 'capitals']).default('numbers').meta({ description: 'Mark notes 1, 2, 3; a, b, c; or A, B, C.', examples: ['letters'] }),
  notesHeading: textField('The heading above the notes: "Notes", "Footnotes", "References"...', 'References').default('Notes'),
  acknowledgments: RichTextSchema.optional().meta({ description: 'Thanks, shown after the notes of an article.' }),
  toc: z.boolean().default(true).meta({ description: 'Whether an article shows its table of contents ("On this page").', examples: [false] }),
  readingMinutes: z.int().min(1).max(240).optional().meta({ description: 'Reading time in minutes, when the one counted from the text is wrong (a page mostly of tables or math).', examples: [12] }),
  label: textField('A short label above a policy\'s title, such as "Legal".', 'Legal').max(40).optional(),
  banner: z.union([z.literal(false), BannerSchema]).optional().meta({ description: 'This page\'s announcement banner instead of the site\'s (`cta` in site.json), or `false` for none.', examples: [false] }),
  related: z.array(PagePathSchema).max(3).optional().meta({ description: 'Up to three related pages, chosen by hand. Without it, articles show the entries sharing the most tags and the category.', examples: [['/research/sparse-circuits']] }),
  blocks: z.array(BlockSchema).meta({ description: 'The blocks of the page, top to bottom.' }),
}).meta({ title: 'Page', description: 'One page of the site. Its URL is its file path under content/.' })
export type Page = z.infer<typeof PageSchema>

/** Networks the footer can link to, each with its icon in assets/icons.svg (a unit test checks). */
export const socialNetworks = ['x', 'bluesky', 'mastodon', 'github', 'linkedin', 'youtube', 'instagram', 'threads', 'discord', 'facebook', 'tiktok', 'soundcloud'] as const

export const NavGroupSchema = z.strictObject({
  title: textField('Name of the group in the header.', 'Research'),
  url: HrefSchema.optional().meta({ description: 'Set for a group that is a plain link instead of a dropdown.' }),
  items: z.array(LinkSchema).default([]).meta({ description: 'Links in the dropdown.' }),
  featured: z.strictObject({
    title: textField('Heading of the featured card.', 'Sparse circuits'),
    text: textField('One or two sentences under it.', 'How small models route arithmetic through a handful of units.').max(160),
    href: HrefSchema,
    image: ImageSchema.optional().meta({ description: 'A picture above the heading; drawn 16rem wide.' }),
  }).optional().meta({ description: 'A card beside the dropdown\'s links that points at one page: a new paper, a tool, an opening.' }),
}).superRefine((group, ctx) => {
  if ((group.url === undefined) === (group.items.length === 0)) {
    ctx.addIssue({ code: 'custom', path: [], message: 'a header group needs either "url" (a plain link) or "items" (a dropdown), not both' })
  }
  if (group.featured && group.url !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['featured'], message: 'only a dropdown (a group with "items") can show a featured card' })
  }
})

export const NavigationSchema = z.strictObject({
  $schema: z.string().optional(),
  header: z.array(NavGroupSchema).min(1).max(7).meta({ description: 'Primary navigation groups in the header.' }),
  footer: z.array(z.strictObject({
    title: textField('Column heading.', 'Research'),
    items: z.array(LinkSchema).min(1).meta({ description: 'Links in the column.' }),
  })).min(1).meta({ description: 'Columns of links in the footer.' }),
  quickLinks: z.array(LinkSchema.extend({
    style: z.enum(['plain', 'bordered']).default('plain').meta({ description: 'A bordered quick link reads as a button.' }),
  })).max(3).default([]).meta({ description: 'Links at the right of the header.' }),
  tertiary: z.array(LinkSchema).default([]).meta({ description: 'Small print links in the footer: terms, privacy, brand.' }),
  social: z.array(LinkSchema.extend({
    network: z.enum(socialNetworks).meta({ description: 'Which icon to show.' }),
  })).default([]).meta({ description: 'Social profiles, opened in a new tab.' }),
}).meta({ title: 'Navigation', description: 'Header, footer and social links, shared by every page.' })
export type Navigation = z.infer<typeof NavigationSchema>

export const SiteSchema = z.strictObject({
  $schema: z.string().optional(),
  name: textField('The site name.', 'Kestrel Lab'),
  url: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL such as https://example.org' })
    .refine(u => !u.endsWith('/'), { message: 'must not end with a slash' })
    .meta({ description: 'The public base URL, for canonical links and social cards.', examples: ['https://kestrel-lab.example'] }),
  titleTemplate: z.string().includes('%s', { message: 'must contain %s where the page title goes' }).meta({ description: 'Browser tab title; `%s` is the page title.', examples: ['%s | Kestrel Lab'] }),
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/).default('en').meta({ description: 'Language of the content, as a BCP 47 tag.', examples: ['en'] }),
  socialImage: ImageSchema.meta({ description: 'Default image for social cards.' }),
  socialHandle: z.string().regex(/^@\w{1,30}$/, { message: 'must look like @handle' }).meta({ description: 'Handle for Twitter/X cards.', examples: ['@kestrellab'] }),
  copyrightStartYear: z.int().min(1900).max(2200).meta({ description: 'First year of the copyright line.', examples: [2019] }),
  cta: BannerSchema.optional().meta({ description: 'The announcement banner shown on every page; a page can replace it or turn it off with its own `banner`.' }),
  share: z.array(z.enum(shareNetworks)).max(8).default([]).meta({
    description: 'Networks an article or post offers to share to, as plain links beside "Copy link" (and the browser\'s own share sheet where it has one).',
    examples: [['bluesky', 'linkedin', 'email']],
  }),
}).meta({ title: 'Site', description: 'Site-wide settings.' })
export type Site = z.infer<typeof SiteSchema>
