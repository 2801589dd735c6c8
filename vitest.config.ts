import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // `.only` left in a test would silently skip the rest: refused in CI (.ci/run sets CI).
    allowOnly: !process.env['CI'],
    include: ['tests/unit/**/*.test.ts'],
    // The real-data tests parse 2,413 items; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});
