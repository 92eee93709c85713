import { defineConfig } from 'vitest/config';

/** The domain knows no platform (test/invariants.test.ts keeps it so): its tests need no build, so `npx vitest run shared` takes seconds. */
const UNIT = ['shared/**/*.test.ts'];
/** Everything else may run what the build produces (the Apps Script bundle, the CLI, the sidebar, the extension). */
const BUILT = ['cli/**/*.test.ts', 'apps-script/**/*.test.ts', 'workbench/**/*.test.ts', 'extension/**/*.test.ts', 'test/**/*.test.ts'];
/** UTC+12/+13: a day ahead of the add-on's America/Edmonton, so a date read in the wrong zone moves a day. */
const SECOND_ZONE = 'Pacific/Auckland';
/** Every test but the browser ones runs again in the second zone (Node heeds TZ set in a test file's worker). */
const secondZone = {
  // A quarter of the model test's sequences: its dates are the same, and it is the slowest file by far.
  env: { TZ: SECOND_ZONE, SECOR_MODEL_RUNS: '50' },
  exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
};

export default defineConfig({
  test: {
    // The plain "N passed, N failed" line is what CI reads (every project); vitest's own summary is for people.
    reporters: ['default', './test/count-reporter.ts'],
    projects: [
      // shared/ is pure (no globals, no state kept between calls): its files share one module cache, so the engine is loaded once, not per file.
      { extends: true, test: { name: 'shared', include: UNIT, isolate: false } },
      { extends: true, test: { name: `shared ${SECOND_ZONE}`, include: UNIT, ...secondZone, isolate: false } },
      // The build runs once, before any test of these two (see test/build.setup.ts), and not at all when only shared/ is run.
      { extends: true, test: { name: 'machine zone', include: BUILT, globalSetup: ['./test/build.setup.ts'] } },
      { extends: true, test: { name: SECOND_ZONE, include: BUILT, globalSetup: ['./test/build.setup.ts'], ...secondZone } },
    ],
  },
});
