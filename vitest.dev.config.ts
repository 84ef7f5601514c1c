import { defineConfig } from 'vitest/config'

// A real `nuxt dev` server and Chromium: live reload of content as authors see it.
export default defineConfig({
  test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], environment: 'node', testTimeout: 150_000, hookTimeout: 150_000 },
})
