/**
 * Synthetic content for the benchmarks: the demo site's own pages, plus generated pages up
 * to a total count, in the mix a research lab's site of that size has. Research articles
 * (tables, math, notes, cover images), blog posts, and topic pages made of listings, each
 * cloned from a real demo page of its kind with new text, tags, dates and images, so every
 * page is valid content and exercises the same blocks. Deterministic for a given seed.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { seededRandom } from '../seeded-random.mjs'

type Json = Record<string, unknown>

const tags = ['interpretability', 'evaluation', 'optimization', 'stability', 'memory', 'probes', 'robustness', 'reward-models', 'tokenization', 'planning', 'uncertainty', 'data-quality', 'scaling', 'alignment', 'compression', 'retrieval']
const researchCategories = ['Interpretability', 'Training', 'Evaluation', 'Safety', 'Systems']
const blogCategories = ['Announcements', 'Lab life', 'Letters']
const words = 'signal sparse layer probe gradient budget token reward drift memory circuit noise sample curve batch bias label anchor margin window kernel basis spectrum prior horizon tide lattice ember harbour ridge meadow quartz cedar'.split(' ')
const verbs = 'measures explains predicts stabilises separates compresses tracks bounds reshapes reveals'.split(' ')

interface SiteStats { pages: number, research: number, blog: number, topics: number, images: number }

async function readJson(file: string): Promise<Json> {
  return JSON.parse(await readFile(file, 'utf8')) as Json
}

/** Smooth blobs of colour, from a tiny random grid scaled up: distinct, cheap, and as costly to resize as a photo of the same size. */
async function makeImage(file: string, random: () => number): Promise<void> {
  const cols = 8, rows = 5
  const pixels = Buffer.alloc(cols * rows * 3)
  const base = [random() * 255, random() * 255, random() * 255]
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.max(0, Math.min(255, base[i % 3]! + (random() - 0.5) * 160))
  await sharp(pixels, { raw: { width: cols, height: rows, channels: 3 } })
    .resize(1600, 1000, { kernel: 'cubic' })
    .webp({ quality: 80 })
    .toFile(file)
}

/**
 * Adds generated pages to `root/content` (and images to `root/public/images/bench`) until
 * the site has `total` pages. Returns what it made.
 */
export async function makeSyntheticSite(root: string, total: number, seed = total): Promise<SiteStats> {
  const random = seededRandom(seed)
  function pick<T>(list: readonly T[]): T {
    return list[Math.floor(random() * list.length)]!
  }
  const phrase = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ')
  const contentDir = join(root, 'content')
  const existing = (await readdir(contentDir, { recursive: true })).filter(f => f.endsWith('.json') && f !== 'site.json' && f !== 'navigation.json')
  const extra = Math.max(0, total - existing.length)

  // One image per 50 pages: real sites reuse some art, but most articles have their own.
  const imageCount = Math.max(4, Math.round(total / 50))
  const imageDir = join(root, 'public/images/bench')
  await mkdir(imageDir, { recursive: true })
  const images: string[] = []
  for (let i = 0; i < imageCount; i++) {
    await makeImage(join(imageDir, `cover-${i}.webp`), random)
    images.push(`/images/bench/cover-${i}.webp`)
  }

  const articleModels = await Promise.all(['quiet-gradients', 'sparse-circuits', 'tokenizer-fault-lines', 'attention-budgets', 'calibrated-refusals']
    .map(name => readJson(join(contentDir, 'research', `${name}.json`))))
  const postModels = await Promise.all(['reading-group', 'new-cluster', 'annual-letter'].map(name => readJson(join(contentDir, 'blog', `${name}.json`))))

  const researchCount = Math.round(extra * 0.65)
  const blogCount = Math.round(extra * 0.27)
  const topicCount = extra - researchCount - blogCount
  const date = () => {
    const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 8.8 * 365) * 86_400_000)
    return day.toISOString().slice(0, 10)
  }
  const cover = (alt: string) => ({ src: pick(images), alt, width: 1600, height: 1000 })
  const pickTags = () => [...new Set([pick(tags), pick(tags), pick(tags)].slice(0, 1 + Math.floor(random() * 3)))]

  await mkdir(join(contentDir, 'research'), { recursive: true })
  for (let i = 0; i < researchCount; i++) {
    const page = structuredClone(pick(articleModels))
    const subject = phrase(2)
    page.title = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${pick(verbs)} ${phrase(2)} (study ${i + 1})`
    page.description = `Study ${i + 1} asks how the ${phrase(2)} ${pick(verbs)} the ${phrase(2)}, and what that means for the ${phrase(1)} of trained models.`
    page.date = date()
    page.category = pick(researchCategories)
    page.tags = pickTags()
    page.image = { ...cover(`Abstract colour field for study ${i + 1}`), credit: 'Illustration: generated for the benchmark' }
    delete page.related
    delete page.updated
    await writeFile(join(contentDir, 'research', `study-${i + 1}.json`), JSON.stringify(page, null, 2))
  }

  await mkdir(join(contentDir, 'blog'), { recursive: true })
  for (let i = 0; i < blogCount; i++) {
    const page = structuredClone(pick(postModels))
    page.title = `Notes on the ${phrase(2)}, part ${i + 1}`
    page.description = `A short post about the ${phrase(3)} and how the lab ${pick(verbs)} it.`
    page.date = date()
    page.category = pick(blogCategories)
    page.image = cover(`Abstract colour field for post ${i + 1}`)
    delete page.related
    await writeFile(join(contentDir, 'blog', `post-${i + 1}.json`), JSON.stringify(page, null, 2))
  }

  // Topic pages: an image, two listings and a heading with text, like the demo's own hubs.
  await mkdir(join(contentDir, 'topics'), { recursive: true })
  for (let i = 0; i < topicCount; i++) {
    const tag = pick(tags)
    const page: Json = {
      title: `Topic ${i + 1}: ${tag.replace(/-/g, ' ')}`,
      description: `Where the lab's work on ${tag.replace(/-/g, ' ')} and the ${phrase(2)} is collected.`,
      blocks: [
        { type: 'heading-with-text', heading: `About topic ${i + 1}`, text: `This page gathers **${tag.replace(/-/g, ' ')}** work: the ${phrase(3)}, the ${phrase(2)} and what we ${pick(verbs).replace(/s$/, '')} next.`, link: { label: `All ${tag.replace(/-/g, ' ')} research`, href: `/research/tag/${tag}` } },
        { type: 'image', image: cover(`Abstract colour field for topic ${i + 1}`), caption: `The ${phrase(2)}, drawn for topic ${i + 1}.` },
        { type: 'listing-research', heading: 'Newest research', collection: 'research', limit: 4, link: { label: 'View all research', href: '/research' } },
        { type: 'listing-latest', heading: 'From the blog', collections: ['blog'], limit: 3 },
      ],
    }
    await writeFile(join(contentDir, 'topics', `topic-${i + 1}.json`), JSON.stringify(page, null, 2))
  }

  return { pages: existing.length + extra, research: researchCount, blog: blogCount, topics: topicCount, images: imageCount }
}
