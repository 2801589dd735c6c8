import { defineConfig } from 'vitest/config';

/** Tests of the built site in dist/ (budgets, headers, reproducibility); they run after `astro build`. */
export default defineConfig({
  test: {
    // `.only` left in a test would silently skip the rest: refused in CI (.ci/run sets CI).
    allowOnly: !process.env['CI'],
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
