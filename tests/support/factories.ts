import type { BlockOf, EntryCard, Image, IndexView, Link, Navigation, Page, RichBlock, Site, SiteData } from '#shared/schema'
import { createRichResolver } from '../../server/content/rich'

/** Rich text as the server hands it to components: parsed, notes numbered, TeX rendered. */
export const rich = (source: string, footnotes: Page['footnotes'] = [], footnoteStyle: Page['footnoteStyle'] = 'numbers'): RichBlock[] =>
  createRichResolver({ footnotes, footnoteStyle }).text(source)

/** Small builders for test fixtures: override only what a test is about. */
export const makeImage = (over: Partial<Image> = {}): Image => ({
  src: '/images/hero-lattice.webp',
  alt: 'Gold lines meeting at a point',
  width: 2400,
  height: 1350,
  ...over,
})

export const makeLink = (over: Partial<Link> = {}): Link => ({ label: 'Our research', href: '/research', ...over })

export const makeEntry = (over: Partial<EntryCard> = {}): EntryCard => ({
  path: '/research/sparse-circuits',
  collection: 'research',
  title: 'Sparse circuits in small language models',
  description: 'Forty units do the arithmetic.',
  date: '2026-09-18',
  image: makeImage({ src: '/images/research-sparse-circuits.webp', width: 1600, height: 1000 }),
  category: 'Interpretability',
  tags: ['circuits'],
  ...over,
})

export const makeHero = (over: Partial<BlockOf<'hero'>> = {}): BlockOf<'hero'> => ({
  type: 'hero',
  title: 'We study learning systems',
  image: makeImage(),
  links: [makeLink()],
  linksLabel: 'Quick links',
  anchor: 'we-study-learning-systems',
  ...over,
})

export const makeListingMixed = (over: Partial<BlockOf<'listing-mixed'>> = {}): BlockOf<'listing-mixed'> => ({
  type: 'listing-mixed',
  items: [
    { heading: 'Atlas, our toolkit', cta: 'Explore Atlas', href: '/tools/atlas' },
    { heading: 'Field notes', cta: 'Read the post', href: '/blog/field-notes-residency' },
    { heading: 'Code', cta: 'Browse the code', href: 'https://code.example.org' },
  ],
  ...over,
})

export const makeListingLatest = (over: Partial<BlockOf<'listing-latest'>> = {}): BlockOf<'listing-latest'> => ({
  type: 'listing-latest',
  heading: 'Latest updates',
  collections: ['research', 'blog'],
  limit: 4,
  links: [],
  entries: [makeEntry(), makeEntry({ path: '/blog/annual-letter', collection: 'blog', title: 'A letter', date: '2026-01-15' })],
  anchor: 'latest-updates',
  ...over,
})

export const makeHeadingWithText = (over: Partial<BlockOf<'heading-with-text'>> = {}): BlockOf<'heading-with-text'> => ({
  type: 'heading-with-text',
  heading: 'Research',
  text: rich('First paragraph.\n\nSecond paragraph.'),
  link: makeLink({ label: 'Browse research' }),
  anchor: 'research',
  ...over,
})

export const makeImageBlock = (over: Partial<BlockOf<'image'>> = {}): BlockOf<'image'> => ({
  type: 'image',
  image: makeImage({ src: '/images/field-dunes.webp', alt: 'Blue dunes', width: 2400, height: 1200, credit: 'Generated art' }),
  caption: 'A loss landscape.',
  fullBleed: false,
  ...over,
})

export const makeListingResearch = (over: Partial<BlockOf<'listing-research'>> = {}): BlockOf<'listing-research'> => ({
  type: 'listing-research',
  heading: 'Recent papers',
  collection: 'research',
  limit: 4,
  entries: [makeEntry(), makeEntry({ path: '/research/tidal-memory', title: 'Tidal memory', date: '2026-04-22' })],
  anchor: 'recent-papers',
  ...over,
})

export const makeTestimonial = (over: Partial<BlockOf<'testimonial'>> = {}): BlockOf<'testimonial'> => ({
  type: 'testimonial',
  quote: 'I left with a method.',
  name: 'Adaeze Okafor',
  role: '2025 resident',
  image: makeImage({ src: '/images/portrait-okafor.webp', alt: 'Abstract portrait', width: 800, height: 800 }),
  ...over,
})

export const makeNavigation = (over: Partial<Navigation> = {}): Navigation => ({
  header: [
    { title: 'Research', items: [makeLink({ label: 'Overview', href: '/research' }), makeLink({ label: 'Blog', href: '/blog' })] },
    { title: 'Developers', items: [makeLink({ label: 'Code', href: 'https://code.example.org' })] },
    { title: 'Safety', url: '/safety', items: [] },
  ],
  footer: [{ title: 'Research', items: [makeLink({ label: 'Overview', href: '/research' })] }],
  quickLinks: [{ label: 'Join the team', href: '/careers', style: 'bordered' }],
  tertiary: [makeLink({ label: 'Privacy policy', href: '/legal/privacy' })],
  social: [{ label: 'Kestrel Lab on GitHub', href: 'https://code.example.org', network: 'github' }],
  ...over,
})

export const makeSite = (over: Partial<Site> = {}): Site => ({
  name: 'Kestrel Lab',
  url: 'https://kestrel-lab.example',
  titleTemplate: '%s | Kestrel Lab',
  lang: 'en',
  socialImage: makeImage({ src: '/images/social-default.webp', alt: 'The lab mark', width: 1200, height: 630 }),
  socialHandle: '@kestrellab',
  copyrightStartYear: 2019,
  share: [],
  ...over,
})

export const makeSiteData = (over: Partial<SiteData> = {}): SiteData => ({
  site: makeSite(),
  navigation: makeNavigation(),
  feeds: [{ collection: 'research', title: 'Kestrel Lab: Research', rss: '/research/feed.xml', atom: '/research/atom.xml' }],
  year: 2026,
  transitions: { '/arrival': 'shutter', '/quiet': 'none' },
  navigationImages: { placeholders: {}, versions: {} },
  ...over,
})

export const makeRichText = (source = 'We trained **forty** models.\n\n- One\n- Two', over: Partial<BlockOf<'rich-text'>> = {}): BlockOf<'rich-text'> => ({
  type: 'rich-text',
  text: rich(source),
  ...over,
})

export const makeContentHeading = (over: Partial<BlockOf<'content-heading'>> = {}): BlockOf<'content-heading'> => ({
  type: 'content-heading',
  heading: 'Method',
  level: 2,
  toc: true,
  anchor: 'method',
  ...over,
})

const resolver = createRichResolver({ footnotes: [], footnoteStyle: 'numbers' })

export const makeTable = (over: Partial<BlockOf<'table'>> = {}): BlockOf<'table'> => ({
  type: 'table',
  caption: 'Accuracy by model',
  columns: ['Model', 'Accuracy'],
  rows: [
    [{ content: resolver.line('Baseline'), secondary: false }, { content: resolver.line('61.2%'), secondary: true }],
    [{ content: resolver.line('Sparse'), secondary: false }, { content: resolver.line('**74.8%**'), secondary: false }],
  ],
  rowHeaders: true,
  stickyFirstColumn: false,
  note: 'Mean of five seeds.',
  ...over,
})

export const makeMath = (tex = 'E = mc^2', over: Partial<BlockOf<'math'>> = {}): BlockOf<'math'> => ({
  type: 'math',
  tex,
  html: resolver.math(tex),
  caption: 'Energy and mass.',
  ...over,
})

export const makeEmbed = (over: Partial<BlockOf<'embed'>> = {}): BlockOf<'embed'> => ({
  type: 'embed',
  component: 'sample-viewer',
  heading: 'Samples',
  fallback: rich('Early on the model repeats words; later it answers in a sentence.'),
  props: {
    tabs: [
      { label: 'Early', prompt: 'Describe a kestrel.', output: 'bird bird wing' },
      { label: 'Middle', prompt: 'Describe a kestrel.', output: 'A bird that flies.' },
      { label: 'Late', prompt: 'Describe a kestrel.', output: 'A small falcon that hovers.' },
    ],
  },
  wide: false,
  anchor: 'samples',
  ...over,
} as BlockOf<'embed'>)

export const makeQuote = (over: Partial<BlockOf<'quote'>> = {}): BlockOf<'quote'> => ({
  type: 'quote',
  quote: 'A result you cannot reproduce is an anecdote.',
  attribution: 'Ines Calder',
  source: makeLink({ label: 'Lab charter', href: '/charter' }),
  ...over,
})

export const makeVideo = (over: Partial<BlockOf<'video'>> = {}): BlockOf<'video'> => ({
  type: 'video',
  src: '/videos/probe-sweep.webm',
  title: 'A probe sweeping across layers',
  poster: makeImage({ src: '/images/video-probe-sweep.webp', alt: 'Bands of colour', width: 1280, height: 720 }),
  captions: { src: '/videos/probe-sweep.en.vtt', srclang: 'en', label: 'English' },
  caption: 'The probe finds the feature in layer 6.',
  ...over,
})

export const makeButtonGroup = (over: Partial<BlockOf<'button-group'>> = {}): BlockOf<'button-group'> => ({
  type: 'button-group',
  links: [{ label: 'Read the paper', href: '/research/sparse-circuits', style: 'primary' }, { label: 'Code', href: 'https://code.example.org', style: 'secondary' }],
  ...over,
})

export const makeIndexView = (over: Partial<IndexView> = {}): IndexView => ({
  base: '/research',
  state: { sort: 'newest', page: 1 },
  items: [makeEntry(), makeEntry({ path: '/research/tidal-memory', title: 'Tidal memory', date: '2026-04-22', category: 'Memory', tags: ['memory'] })],
  total: 14,
  pageCount: 2,
  perPage: 12,
  categories: [
    { kind: 'category', label: 'Interpretability', slug: 'interpretability', count: 9 },
    { kind: 'category', label: 'Memory', slug: 'memory', count: 5 },
  ],
  tags: [
    { kind: 'tag', label: 'circuits', slug: 'circuits', count: 4 },
    { kind: 'tag', label: 'memory', slug: 'memory', count: 3 },
  ],
  ...over,
})

export const makeListingIndex = (over: Partial<BlockOf<'listing-index'>> = {}): BlockOf<'listing-index'> => ({
  type: 'listing-index',
  collection: 'research',
  perPage: 12,
  index: makeIndexView(),
  ...over,
})
