import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/sequencer.ts';

/**
 * Three projects, run one after the other (groupOrder):
 * - unit: pure functions and fixture folders, no browser, no build (`npm run test:unit`, seconds);
 * - e2e: chromium against the built dist/: one chromium and one server for all files (tests/e2e/global-setup.ts),
 *   two files at a time (one per core), the longest first (tests/sequencer.ts);
 * - integration: whole-pipeline runs — the CLI on bad input, fuzzed seeds, a second build compared
 *   byte for byte with the first, a hostile corpus built and opened in chromium; two files at a time.
 * `npm test` (scripts/test.sh) runs the unit tests beside the build, e2e beside the type and lint checks, then integration.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/progress-reporter.ts'],
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
          // Pure functions: the files share one module cache per worker instead of loading core/ and content/
          // again each (15 → 6 s), two workers.
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/a11y-all.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
          maxConcurrency: 2,
          // The files keep no state in shared modules: each worker imports playwright-core and the harness once
          // instead of once per file (vitest counted 6 % of the project's time in imports).
          isolate: false,
          // expect.poll waits for the page's state; 1 s (vitest's default) is too short while two files share the cores.
          expect: { poll: { timeout: 15_000 } },
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          // Two files at a time, the longest first: the fuzzer (a core's 45 s) beside the builds, which take turns
          // (buildSite's lock: each writes .astro/).
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
      // The axe sweep over every page, light and dark: `npm run test:a11y:all` (too long for every run).
      {
        test: {
          name: 'a11y-all',
          include: ['tests/e2e/a11y-all.test.ts'],
          testTimeout: 3_600_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
