import { defineConfig } from 'vitest/config';

// Two suites: `unit` needs nothing built; `site` checks the built dist/ and runs after the build.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
