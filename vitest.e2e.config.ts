import { defineConfig } from 'vitest/config'

// Real Chromium against the static export; run after `nuxt generate`.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, each with its own Chromium and static server: most of a browser
    // test is waiting (network idle, frames, transitions), which the other file's work fills.
    fileParallelism: true,
    maxWorkers: 2,
  },
})
