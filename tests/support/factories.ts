import type { BlockOf, EntryCard, Image, Link, Navigation, Site, SiteData } from '#shared/schema'

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
  entries: [makeEntry(), makeEntry({ path: '/blog/annual-letter', collection: 'blog', title: 'A letter', date: '2026-01-15' })],
  anchor: 'latest-updates',
  ...over,
})

export const makeHeadingWithText = (over: Partial<BlockOf<'heading-with-text'>> = {}): BlockOf<'heading-with-text'> => ({
  type: 'heading-with-text',
  heading: 'Research',
  text: 'First paragraph.\n\nSecond paragraph.',
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
  ...over,
})

export const makeSiteData = (over: Partial<SiteData> = {}): SiteData => ({
  site: makeSite(),
  navigation: makeNavigation(),
  feeds: [{ collection: 'research', title: 'Kestrel Lab: Research', rss: '/research/feed.xml', atom: '/research/atom.xml' }],
  year: 2026,
  ...over,
})
