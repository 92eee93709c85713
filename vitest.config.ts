import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/build.setup.ts'],
    include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'apps-script/**/*.test.ts', 'workbench/**/*.test.ts', 'extension/**/*.test.ts', 'test/**/*.test.ts'],
    // The plain "N passed, N failed" line is what CI reads; vitest's own summary is for people.
    reporters: ['default', './test/count-reporter.ts'],
  },
});
