import { defineConfig } from 'vitest/config';

const TESTS = ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'apps-script/**/*.test.ts', 'workbench/**/*.test.ts', 'extension/**/*.test.ts', 'test/**/*.test.ts'];
/** UTC+12/+13: a day ahead of the add-on's America/Edmonton, so a date read in the wrong zone moves a day. */
const SECOND_ZONE = 'Pacific/Auckland';

export default defineConfig({
  test: {
    include: TESTS,
    // The plain "N passed, N failed" line is what CI reads (both projects); vitest's own summary is for people.
    reporters: ['default', './test/count-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'machine zone',
          // Once for both projects: vitest runs every project's global setup before any test.
          globalSetup: ['./test/build.setup.ts'],
        },
      },
      {
        // Every test but the browser ones again in another zone, so no date depends on where the
        // suite runs (Node heeds TZ set in a test file's worker).
        extends: true,
        test: {
          name: SECOND_ZONE,
          // A quarter of the model test's sequences: its dates are the same, and it is the slowest file by far.
          env: { TZ: SECOND_ZONE, SECOR_MODEL_RUNS: '50' },
          exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
        },
      },
    ],
  },
});
