/**
 * `npm run images`: draws the demo site's images (abstract generated art) into
 * public/images. Deterministic: the same seed always gives the same picture, so
 * re-running it changes nothing unless this script changes.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import sharp from 'sharp'
import { seededRandom as rng } from './seeded-random.mjs'

type Style = 'lattice' | 'dunes' | 'blooms' | 'rings' | 'weave' | 'drift'

interface Spec { name: string, width: number, height: number, style: Style, palette: string[], seed: number }

const palettes = {
  dusk: ['#0d1b2a', '#1b263b', '#415a77', '#e0a458', '#f4d35e'],
  tide: ['#03191e', '#0b3c49', '#2a7f8f', '#88d3ce', '#e6f9af'],
  ember: ['#1a0f0a', '#5c1f0f', '#b5431c', '#f08a4b', '#ffd8a8'],
  moss: ['#0f1a12', '#24402c', '#4f7942', '#a3c585', '#eef5db'],
  iris: ['#120d24', '#2e1f5e', '#5b3fa8', '#a68bf0', '#f1e9ff'],
  slate: ['#111418', '#2b3038', '#56606d', '#9aa6b2', '#e8edf2'],
  coral: ['#1c0b19', '#4a1942', '#c2406e', '#f6916c', '#fde2c8'],
  glacier: ['#0a1420', '#15324f', '#2f6d9e', '#8cc7e8', '#f2fbff'],
}

function draw(spec: Spec): string {
  const { width: w, height: h, palette: p } = spec
  const r = rng(spec.seed)
  const pick = () => p[1 + Math.floor(r() * (p.length - 1))]!
  const parts: string[] = []
  const defs: string[] = [
    `<linearGradient id="bg" x1="0" y1="0" x2="${r().toFixed(2)}" y2="1"><stop offset="0" stop-color="${p[0]}"/><stop offset="1" stop-color="${p[1]}"/></linearGradient>`,
    `<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${Math.round(Math.min(w, h) / 14)}"/></filter>`,
    `<filter id="glow" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${Math.max(2, Math.round(Math.min(w, h) / 300))}"/></filter>`,
  ]
  parts.push(`<rect width="${w}" height="${h}" fill="url(#bg)"/>`)
  // A few soft clouds of colour under every style.
  for (let i = 0; i < 4; i++) {
    parts.push(`<circle cx="${(r() * w).toFixed(0)}" cy="${(r() * h).toFixed(0)}" r="${(Math.min(w, h) * (0.2 + r() * 0.35)).toFixed(0)}" fill="${pick()}" opacity="${(0.25 + r() * 0.3).toFixed(2)}" filter="url(#soft)"/>`)
  }
  const stroke = Math.max(1.5, Math.min(w, h) / 500)
  switch (spec.style) {
    case 'lattice': {
      const fx = w * (0.55 + r() * 0.3)
      const fy = h * (0.3 + r() * 0.3)
      for (let i = 0; i < 70; i++) {
        const edge = r()
        const x = edge < 0.5 ? r() * w : (edge < 0.75 ? 0 : w)
        const y = edge < 0.5 ? h : r() * h
        parts.push(`<line x1="${x.toFixed(0)}" y1="${y.toFixed(0)}" x2="${fx.toFixed(0)}" y2="${fy.toFixed(0)}" stroke="${pick()}" stroke-width="${stroke.toFixed(1)}" opacity="${(0.25 + r() * 0.5).toFixed(2)}"/>`)
      }
      parts.push(`<circle cx="${fx.toFixed(0)}" cy="${fy.toFixed(0)}" r="${(Math.min(w, h) * 0.04).toFixed(0)}" fill="${p[p.length - 1]}" filter="url(#glow)"/>`)
      break
    }
    case 'dunes': {
      for (let layer = 0; layer < 9; layer++) {
        const base = h * (0.3 + layer * 0.08)
        const amp = h * (0.03 + r() * 0.06)
        const freq = 1 + r() * 2.5
        const phase = r() * Math.PI * 2
        let d = `M0 ${h} L0 ${base.toFixed(0)}`
        for (let x = 0; x <= w; x += w / 48) d += ` L${x.toFixed(0)} ${(base + Math.sin((x / w) * Math.PI * freq + phase) * amp).toFixed(0)}`
        d += ` L${w} ${h} Z`
        parts.push(`<path d="${d}" fill="${p[Math.min(p.length - 1, 1 + (layer % (p.length - 1)))]}" opacity="${(0.35 + layer * 0.06).toFixed(2)}"/>`)
      }
      break
    }
    case 'blooms': {
      for (let i = 0; i < 26; i++) {
        const cx = r() * w
        const cy = r() * h
        const rad = Math.min(w, h) * (0.03 + r() * 0.12)
        parts.push(`<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${rad.toFixed(0)}" fill="${pick()}" opacity="${(0.35 + r() * 0.5).toFixed(2)}"/>`)
        parts.push(`<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${(rad * 1.35).toFixed(0)}" fill="none" stroke="${pick()}" stroke-width="${stroke.toFixed(1)}" opacity="0.5"/>`)
      }
      break
    }
    case 'rings': {
      const cx = w * (0.3 + r() * 0.4)
      const cy = h * (0.3 + r() * 0.4)
      for (let i = 1; i < 34; i++) {
        parts.push(`<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${(i * Math.max(w, h) / 40).toFixed(0)}" fill="none" stroke="${pick()}" stroke-width="${(stroke * (1 + r() * 3)).toFixed(1)}" stroke-dasharray="${(r() * 60 + 4).toFixed(0)} ${(r() * 40 + 6).toFixed(0)}" opacity="${(0.3 + r() * 0.55).toFixed(2)}"/>`)
      }
      break
    }
    case 'weave': {
      const rows = 22
      for (let i = 0; i < rows; i++) {
        const y = (i + 0.5) * (h / rows)
        let d = `M0 ${y.toFixed(0)}`
        for (let x = 0; x <= w; x += w / 24) d += ` L${x.toFixed(0)} ${(y + Math.sin(x / w * 9 + i * 0.7) * h / rows * 1.6 * r()).toFixed(0)}`
        parts.push(`<path d="${d}" fill="none" stroke="${pick()}" stroke-width="${(stroke * 2).toFixed(1)}" opacity="${(0.35 + r() * 0.5).toFixed(2)}"/>`)
      }
      break
    }
    case 'drift': {
      for (let i = 0; i < 160; i++) {
        const x = r() * w
        const y = r() * h
        const len = Math.min(w, h) * (0.02 + r() * 0.1)
        const angle = -0.5 + r() * 0.3
        parts.push(`<line x1="${x.toFixed(0)}" y1="${y.toFixed(0)}" x2="${(x + Math.cos(angle) * len).toFixed(0)}" y2="${(y + Math.sin(angle) * len).toFixed(0)}" stroke="${pick()}" stroke-width="${(stroke * (1 + r() * 2)).toFixed(1)}" stroke-linecap="round" opacity="${(0.3 + r() * 0.6).toFixed(2)}"/>`)
      }
      break
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs.join('')}</defs>${parts.join('')}</svg>`
}

const cover = (name: string, style: Style, palette: keyof typeof palettes, seed: number): Spec =>
  ({ name, width: 1600, height: 1000, style, palette: palettes[palette], seed })

export const specs: Spec[] = [
  { name: 'hero-lattice', width: 2400, height: 1350, style: 'lattice', palette: palettes.dusk, seed: 11 },
  { name: 'field-dunes', width: 2400, height: 1200, style: 'dunes', palette: palettes.glacier, seed: 23 },
  { name: 'field-weave', width: 2400, height: 1200, style: 'weave', palette: palettes.coral, seed: 37 },
  { name: 'portrait-okafor', width: 800, height: 800, style: 'blooms', palette: palettes.ember, seed: 41 },
  { name: 'social-default', width: 1200, height: 630, style: 'lattice', palette: palettes.slate, seed: 53 },
  cover('research-sparse-circuits', 'lattice', 'tide', 101),
  cover('research-curriculum-drift', 'drift', 'moss', 102),
  cover('research-calibrated-refusals', 'rings', 'iris', 103),
  cover('research-tidal-memory', 'dunes', 'tide', 104),
  cover('research-counterfactual-probes', 'blooms', 'coral', 105),
  cover('research-quiet-gradients', 'weave', 'glacier', 106),
  cover('research-small-world-planning', 'rings', 'ember', 107),
  cover('research-evaluation-debt', 'drift', 'slate', 108),
  cover('blog-field-notes-residency', 'blooms', 'moss', 201),
  cover('blog-open-sourcing-atlas', 'lattice', 'iris', 202),
  cover('blog-annual-letter', 'dunes', 'dusk', 203),
  cover('blog-reading-group', 'weave', 'ember', 204),
  cover('research-tokenizer-fault-lines', 'weave', 'dusk', 109),
  cover('research-probing-under-noise', 'dunes', 'iris', 110),
  cover('research-reward-model-drift', 'blooms', 'glacier', 111),
  cover('research-attention-budgets', 'lattice', 'ember', 112),
  cover('research-annotator-disagreement', 'rings', 'glacier', 113),
  cover('blog-new-cluster', 'drift', 'tide', 205),
  cover('blog-notebook-practices', 'rings', 'moss', 206),
  { name: 'video-probe-sweep', width: 1280, height: 720, style: 'dunes', palette: palettes.iris, seed: 301 },
]

const outDir = resolve(import.meta.dirname, '../public/images')
await mkdir(outDir, { recursive: true })
let total = 0
for (const spec of specs) {
  const out = resolve(outDir, `${spec.name}.webp`)
  const buffer = await sharp(Buffer.from(draw(spec))).webp({ quality: 78, effort: 6 }).toBuffer()
  await writeFile(out, buffer)
  total += buffer.length
  console.log(`${spec.name}.webp ${spec.width}x${spec.height} ${(buffer.length / 1024).toFixed(0)} KiB`)
}
console.log(`${specs.length} images, ${(total / 1024).toFixed(0)} KiB in all`)
