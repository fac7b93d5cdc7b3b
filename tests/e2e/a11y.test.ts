/**
 * axe on a sample of the site: no serious or critical WCAG 2.2 A/AA violation. The full sweep over every
 * page in both schemes is `npm run test:a11y:all` (tests/e2e/a11y-all.test.ts).
 *
 * What the sample stands for:
 * - per page type (one route under src/pages/), the page of median HTML size, in light and dark: it
 *   stands for the type's markup and for both colour schemes, which come from one stylesheet per type;
 * - per page type, its heaviest page, in light: long lists, big tables and many links pile up there
 *   (the budget fascicle's whole text is the heaviest page);
 * - states a route's file cannot show: a targeted paragraph, search and lookup with a query, a
 *   component (a subprogramme's child unit) and an emerging result, in light and dark.
 * Each page is loaded once: axe runs in light, then the page is switched to the dark scheme in place
 * (emulateMedia: the same DOM, the dark stylesheet applied) and axe runs again. Pages run two at a time
 * (one per core) in one browser context.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, serveDist } from './harness.ts';
import { axeViolationsPerScheme, heaviest, pageHtml, pageTypes, representative, type ColorScheme } from './a11y-pages.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const TIMEOUT = 300_000;
const types = pageTypes();
const routeOf = (pattern: RegExp) => types.find((t) => pattern.test(t.route));
const documents = routeOf(/^documents\/\[doc\]\/index/);
const subprogrammes = routeOf(/subprogrammes\/\[key\]\/index/);
const results = routeOf(/results\/\[result\]\/index/);
// A paragraph is targeted where paragraphs are read: a chapter page of a long document, else a whole document page.
const chapters = routeOf(/chapters\/\[chapter\]\/index/);
const targetDoc =
  [chapters, documents].flatMap((t) => (t ? [representative(t)] : [])).find((path) => /id="para-/.test(pageHtml(path))) ?? null;
const paraId = targetDoc ? /id="(para-[^"]+)"/.exec(pageHtml(targetDoc))?.[1] : undefined;

const states: [string, string | undefined][] = [
  ['targeted paragraph', targetDoc && paraId ? `${targetDoc}#${paraId}` : undefined],
  ['search with a query', '/search/?q=%E5%90%88%E6%88%90%E6%AF%92%E5%93%81'],
  ['lookup with a query', '/lookup/?q=9%2F1'],
  ['component', subprogrammes?.pages.find((p) => /\/\d+\.\d+\/$/.test(p.path))?.path],
  ['emerging result', results?.pages.find((p) => /\/emerging\/$/.test(p.path))?.path],
];

/** Every page of the sample once, with the schemes it is checked in; the largest first, so that no long page starts last. */
const both: ColorScheme[] = ['light', 'dark'];
const htmlBytes = (path: string) => pageHtml(path.replace(/[?#].*$/, '')).length;
const sample: { name: string; path: string; schemes: ColorScheme[] }[] = [
  ...types.map((t) => ({ name: `median of ${t.route}`, path: representative(t), schemes: both })),
  ...types
    .filter((t) => heaviest(t) !== representative(t))
    .map((t) => ({ name: `heaviest of ${t.route}`, path: heaviest(t), schemes: ['light'] as ColorScheme[] })),
  ...states.flatMap(([name, path]) => (path ? [{ name, path, schemes: both }] : [])),
].sort((x, y) => htmlBytes(y.path) - htmlBytes(x.path));

test('the sample covers every page type and state', () => {
  expect(types.length).toBeGreaterThan(10);
  expect(states.filter(([, path]) => !path).map(([name]) => name)).toEqual([]);
});

describe.concurrent('axe on the sample', () => {
  for (const { name, path, schemes } of sample) {
    test(
      `${name}: ${path} (${schemes.join(', ')})`,
      async () => {
        const page = await context.newPage();
        try {
          expect(await axeViolationsPerScheme(page, site.url + path, schemes)).toEqual([]);
        } finally {
          await page.close();
        }
      },
      TIMEOUT,
    );
  }
});
