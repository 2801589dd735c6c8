import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The real-data tests parse 2,413 items; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});
