/**
 * The full accessibility sweep: axe on every built page, light and dark (`npm run test:a11y:all`; long:
 * CI may run it less often than `npm test`, which runs the sample in a11y.test.ts).
 * A11Y_ONLY=<regex> limits it to matching paths.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { inParallel, launchBrowser, serveDist } from './harness.ts';
import { axeViolations, pageTypes } from './a11y-pages.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const only = process.env.A11Y_ONLY ? new RegExp(process.env.A11Y_ONLY) : null;

describe.each(pageTypes())('$route', (type) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every page, ${colorScheme} mode`, async () => {
      const paths = type.pages.map((p) => p.path).filter((p) => !only || only.test(p));
      const found = await inParallel(paths, 2, async (path) =>
        (await axeViolations(browser, site.url + path, colorScheme)).map((v) => `${path}: ${v}`),
      );
      expect(found.flat()).toEqual([]);
    });
  }
});
