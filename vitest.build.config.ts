import { defineConfig } from 'vitest/config';

/** Tests of the built site in dist/ (budgets, headers, reproducibility); they run after `astro build`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
