import { defineConfig } from 'vitest/config';

// Three suites, in the order npm test runs them: `unit` needs nothing built; `site` checks the
// built dist/ and runs after the build; `builds` builds copies of the project (another build day,
// another language, other content) and checks those, so the checks of dist/ do not wait for them.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'builds', include: ['tests/builds/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
