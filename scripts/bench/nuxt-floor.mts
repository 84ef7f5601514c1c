/**
 * The framework's floor for `npm run bench:server`: a Nuxt app with nothing in it but one
 * page (a heading and a paragraph, no layout, no data, no plugins of ours), built with this
 * project's own Nuxt, Vue and Nitro into a temporary folder and started as a Node server.
 * What it serves per second is what Nuxt's server rendering costs before any page content:
 * no page of this site can render faster on the same machine. bench-server.mts starts it as
 * it starts the site's own server (tests/server/server.ts).
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'

const root = resolve(import.meta.dirname, '../..')

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'nuxt-floor', private: true, type: 'module' }),
  'nuxt.config.ts': `export default defineNuxtConfig({ compatibilityDate: '2026-11-01', devtools: { enabled: false }, telemetry: false })\n`,
  'app.vue': '<template><NuxtPage /></template>\n',
  'pages/index.vue': '<template><main><h1>An empty page</h1><p>Nothing but a heading and this paragraph.</p></main></template>\n',
}

/** Builds the empty app; returns its server's entry, and a function that deletes it all. */
export async function buildNuxtFloor(): Promise<{ entry: string, remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'nuxt-floor-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), text)
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const build = spawnSync(process.execPath, [join(root, 'node_modules/nuxt/bin/nuxt.mjs'), 'build'], { cwd: dir, env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`Building the empty Nuxt app failed:\n${build.stdout}\n${build.stderr}`)
  return { entry: join(dir, '.output/server/index.mjs'), remove: () => rm(dir, { recursive: true, force: true }) }
}
