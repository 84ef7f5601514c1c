import { schemaRefFor } from '../../shared/schema/files'
import type { ContentFile } from '../../server/content/validate'

/** Raw content as authors write it (JSON input, before defaults), for validation tests. */
export const rawImage = (over: Record<string, unknown> = {}) => ({ src: '/images/a.webp', alt: 'An abstract pattern', width: 1600, height: 1000, ...over })

export const rawBlocks: Record<string, Record<string, unknown>> = {
  'hero': { type: 'hero', title: 'Hello', image: rawImage(), links: [{ label: 'Research', href: '/research' }] },
  'listing-mixed': { type: 'listing-mixed', items: [{ heading: 'A', cta: 'Go', href: '/research' }] },
  'listing-latest': { type: 'listing-latest', heading: 'Latest', collections: ['research'], limit: 2 },
  'heading-with-text': { type: 'heading-with-text', heading: 'Research', text: 'Words.', link: { label: 'More', href: '/research' } },
  'image': { type: 'image', image: rawImage(), caption: 'A caption', fullBleed: true },
  'listing-research': { type: 'listing-research', heading: 'Papers', items: ['/research/one'] },
  'testimonial': { type: 'testimonial', quote: 'Good.', name: 'A. Person', role: 'Resident', image: rawImage({ width: 800, height: 800 }) },
  'rich-text': { type: 'rich-text', text: 'Some **bold** words.\n\n- one\n- two' },
  'content-heading': { type: 'content-heading', heading: 'Method', level: 2 },
  'table': { type: 'table', caption: 'Results', columns: ['Model', 'Score'], rows: [['A', '1'], ['B', { text: '2', secondary: true }]] },
  'math': { type: 'math', tex: 'a^2 + b^2 = c^2' },
  'embed': { type: 'embed', component: 'sample-viewer', fallback: 'One says first, two says second.', props: { tabs: [{ label: 'One', output: 'first' }, { label: 'Two', output: 'second' }] } },
  'quote': { type: 'quote', quote: 'Measure twice.', attribution: 'A carpenter' },
  'video': { type: 'video', src: '/videos/a.webm', title: 'A video', poster: rawImage(), captions: { src: '/videos/a.vtt', srclang: 'en', label: 'English' } },
  'button-group': { type: 'button-group', links: [{ label: 'Research', href: '/research' }] },
  'listing-index': { type: 'listing-index', collection: 'research' },
}

export const rawPage = (over: Record<string, unknown> = {}) => ({
  title: 'A page',
  description: 'What it is about.',
  theme: 'white',
  transition: 'simple',
  blocks: [],
  ...over,
})

export const rawSite = () => ({
  name: 'Lab', url: 'https://lab.example', titleTemplate: '%s | Lab', socialImage: rawImage(), socialHandle: '@lab', copyrightStartYear: 2020,
})

export const rawNavigation = () => ({
  header: [{ title: 'Research', items: [{ label: 'Overview', href: '/research' }] }],
  footer: [{ title: 'Research', items: [{ label: 'Overview', href: '/research' }] }],
})

/** A small valid site: home, a research index, one entry. Override or add files by name. */
export function contentFiles(over: Record<string, unknown> = {}): ContentFile[] {
  const files: Record<string, unknown> = {
    'site.json': rawSite(),
    'navigation.json': rawNavigation(),
    'index.json': rawPage({ title: 'Home', blocks: [rawBlocks.hero, rawBlocks['listing-latest']] }),
    'research/index.json': rawPage({ title: 'Research', blocks: [rawBlocks['listing-research']] }),
    'research/one.json': rawPage({ title: 'One', date: '2026-01-02', image: rawImage(), blocks: [rawBlocks['heading-with-text']] }),
    ...over,
  }
  // Objects get their $schema, as every real content file has; strings are left as written.
  return Object.entries(files)
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => ({ name, text: typeof v === 'string' ? v : JSON.stringify({ $schema: schemaRefFor(name), ...(v as object) }, null, 2) }))
}
