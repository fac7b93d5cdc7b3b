/**
 * The full accessibility sweep: axe on every built page, light and dark (`npm run test:a11y:all`; long:
 * CI may run it less often than `npm test`, which runs the sample in a11y.test.ts). Each page is loaded
 * once and checked in light, then in dark (switched in place).
 * A11Y_ONLY=<regex> limits it to matching paths.
 */
import { describe, expect, test } from 'vitest';
import { inParallel, useSiteAndBrowser } from './harness.ts';
import { axeViolationsPerScheme, pageTypes } from './a11y-pages.ts';

const e2e = useSiteAndBrowser();

const only = process.env.A11Y_ONLY ? new RegExp(process.env.A11Y_ONLY) : null;

describe.each(pageTypes())('$route', (type) => {
  test('every page, light and dark mode', async () => {
    const paths = type.pages.map((p) => p.path).filter((p) => !only || only.test(p));
    const found = await inParallel(paths, 2, async (path) => {
      const page = await e2e.browser.newPage();
      try {
        return (await axeViolationsPerScheme(page, e2e.site.url + path, ['light', 'dark'])).map((v) => `${path}: ${v}`);
      } finally {
        await page.close();
      }
    });
    expect(found.flat()).toEqual([]);
  });
});
