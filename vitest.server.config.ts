import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The Node server build (in .output-server, built by `npm run test:server`), over real HTTP.
export default defineConfig({
  resolve: { alias: { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: { name: 'server', include: ['tests/server/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 30_000, fileParallelism: false },
})
