import { defineConfig } from 'vitest/config'

// Checks on the static export in .output/public; run after `nuxt generate`.
export default defineConfig({
  test: { name: 'export', include: ['tests/export/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
})
