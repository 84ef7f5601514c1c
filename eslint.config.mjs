// @ts-check
import withNuxt from './.nuxt/eslint.config.mjs'

export default withNuxt({
  // Server builds written beside the export (tests, benchmarks, A/B runs) are not sources.
  ignores: ['.output-*/**', '*.tmp.mjs'],
}, {
  rules: {
    // Content is untrusted: HTML from it is never injected. Where a later block must inject
    // markup, it sanitizes first and disables this rule on that line with a reason.
    'vue/no-v-html': 'error',
    '@typescript-eslint/no-explicit-any': 'error',
  },
})
