/**
 * `npm run video`: draws the demo video (a probe sweeping across bands of activation) frame
 * by frame with sharp and encodes it with ffmpeg (`apt-get install ffmpeg`). The result is
 * committed, so neither the build nor CI needs ffmpeg. Its captions are written beside it.
 */
import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import sharp from 'sharp'

const width = 1280
const height = 720
const fps = 24
const seconds = 8
const bands = ['#2e1f5e', '#5b3fa8', '#a68bf0', '#3b2a78', '#7a5cd0', '#1f1540']

function frame(t: number): string {
  const x = (t / seconds) * width
  const rows = bands.map((colour, i) => {
    const y = (i * height) / bands.length
    // A band lights up while the probe crosses the layer it stands for.
    const lit = Math.abs(x - ((i + 0.5) * width) / bands.length) < width / 10
    return `<rect x="0" y="${y.toFixed(0)}" width="${width}" height="${(height / bands.length + 1).toFixed(0)}" fill="${colour}" opacity="${lit ? 1 : 0.55}"/>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${rows.join('')}`
    + `<rect x="${(x - 3).toFixed(1)}" y="0" width="6" height="${height}" fill="#f1e9ff"/>`
    + `<rect x="${(x - 40).toFixed(1)}" y="0" width="80" height="${height}" fill="#f1e9ff" opacity="0.15"/></svg>`
}

const outDir = resolve(import.meta.dirname, '../public/videos')
await mkdir(outDir, { recursive: true })
const out = resolve(outDir, 'probe-sweep.webm')
const ffmpeg = spawn('ffmpeg', [
  '-y', '-loglevel', 'error', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${width}x${height}`, '-r', String(fps), '-i', '-',
  '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '42', '-row-mt', '1', '-an', out,
], { stdio: ['pipe', 'inherit', 'inherit'] })
for (let i = 0; i < fps * seconds; i++) {
  const raw = await sharp(Buffer.from(frame(i / fps))).removeAlpha().raw().toBuffer()
  if (!ffmpeg.stdin.write(raw)) await new Promise(r => ffmpeg.stdin.once('drain', r))
}
ffmpeg.stdin.end()
const code = await new Promise<number | null>(r => ffmpeg.on('close', r))
if (code !== 0) throw new Error(`ffmpeg exited with ${code}`)

await writeFile(resolve(outDir, 'probe-sweep.en.vtt'), `WEBVTT

00:00:00.000 --> 00:00:02.500
The probe starts at the input layer, on the left.

00:00:02.500 --> 00:00:05.500
Each band brightens while the probe reads that layer.

00:00:05.500 --> 00:00:08.000
The signal is strongest in the middle layers, then fades.
`)
console.log(`probe-sweep.webm and its captions written to public/videos`)
