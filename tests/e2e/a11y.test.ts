/**
 * axe on a sample of the site: no serious or critical WCAG 2.2 A/AA violation. The full sweep over every
 * page in both schemes is `npm run test:a11y:all` (tests/e2e/a11y-all.test.ts).
 *
 * What the sample stands for:
 * - per page type (one route under src/pages/), the page of median HTML size: it stands for the type's markup;
 * - per page type, its heaviest page: long lists, big tables and many links pile up there (the budget
 *   fascicle's whole text is the heaviest page);
 * - states a route's file cannot show: a targeted paragraph, search and lookup with a query, a
 *   component (a subprogramme's child unit) and an emerging result.
 * Each page is loaded once (axeSampleViolations in a11y-pages.ts): every rule but the colour ones and
 * target-size runs on the whole page; those three then run on the page with its alike repeats trimmed (every
 * kind of element stays, in its own place and styles, but a table of 650 alike rows keeps a few), the colour
 * rules in light and, switched in place, in dark (emulateMedia: the same DOM, the dark colours applied). They
 * cost time per text element or per target, so this is what makes the 1 MB pages affordable; the full sweep
 * checks every element of every page in both schemes. Pages run two at a time (one per core), in two tabs
 * of one browser context that the tests take turns on (a context per page would start a renderer each time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteAndBrowser } from './harness.ts';
import { axeSampleViolations, heaviest, pageHtml, pageTypes, representative } from './a11y-pages.ts';

const e2e = useSiteAndBrowser();

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

/** Every page of the sample once; the largest first, so that no long page starts last. */
const htmlBytes = (path: string) => pageHtml(path.replace(/[?#].*$/, '')).length;
const sample: { name: string; path: string }[] = [
  ...types.map((t) => ({ name: `median of ${t.route}`, path: representative(t) })),
  ...types.filter((t) => heaviest(t) !== representative(t)).map((t) => ({ name: `heaviest of ${t.route}`, path: heaviest(t) })),
  ...states.flatMap(([name, path]) => (path ? [{ name, path }] : [])),
].sort((x, y) => htmlBytes(y.path) - htmlBytes(x.path));

test('the sample covers every page type and state', () => {
  expect(types.length).toBeGreaterThan(10);
  expect(states.filter(([, path]) => !path).map(([name]) => name)).toEqual([]);
});

// The sample checks colours per scheme on the one DOM in light and dark: that stands for the dark scheme only
// because dark redefines colour variables and nothing else. A dark rule that changes layout, visibility or
// content would need the structural rules run in dark too.
test('the dark scheme changes colour variables only', () => {
  const styles = resolve(import.meta.dirname, '../../src/styles');
  const darkBlocks = readdirSync(styles)
    .filter((f) => f.endsWith('.css'))
    .flatMap((f) => readFileSync(join(styles, f), 'utf8').split('@media (prefers-color-scheme: dark)').slice(1))
    .map((rest) => rest.slice(0, rest.indexOf('\n}')));
  expect(darkBlocks.length).toBeGreaterThan(0);
  for (const block of darkBlocks) {
    const declarations = block
      .replace(/[^{]*\{|\}/g, ';')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    expect(declarations.filter((d) => !/^--[\w-]+\s*:/.test(d))).toEqual([]);
  }
});

/** The free tabs; the concurrent tests (at most two at once) take one each and give it back. */
const tabs: Page[] = [];
let context: BrowserContext;
beforeAll(async () => {
  context = await e2e.browser.newContext();
});

/** Runs `job` on a free tab, blank first, so that a targeted paragraph of the page just checked loads afresh. */
async function onATab<T>(job: (page: Page) => Promise<T>): Promise<T> {
  const page = tabs.pop() ?? (await context.newPage());
  try {
    await page.goto('about:blank');
    return await job(page);
  } finally {
    tabs.push(page);
  }
}

describe.concurrent('axe on the sample', () => {
  for (const { name, path } of sample) {
    test(
      `${name}: ${path}`,
      async () => {
        expect(await onATab((page) => axeSampleViolations(page, e2e.site.url + path))).toEqual([]);
      },
      TIMEOUT,
    );
  }
});
