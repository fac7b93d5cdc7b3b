/**
 * The English interface (issue 10 item 4): under the English switch, every page type shows no Chinese outside
 * text quoted from the documents (`[data-doc-text]`), in what is seen and in what is heard (aria-label, title,
 * placeholder, alt), after the client scripts ran: charts drawn, the search page with a query typed, the lookup
 * with a query, the header's live search open. The choice is remembered across pages and travels in links.
 *
 * Page types are read from src/pages/ and dist/ (tests/e2e/a11y-pages.ts): one route, one type; each is opened at
 * its median page and its heaviest page, so a new route or next year's documents are covered with no change.
 * One browser, two tabs reused.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './harness.ts';
import { heaviest, pageTypes, representative } from './a11y-pages.ts';
import { findChineseChrome } from './english-scan.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
/** Two tabs, taken by one test at a time. */
const idle: Page[] = [];
const waiting: ((p: Page) => void)[] = [];

async function withTab<T>(job: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await new Promise<Page>((ok) => waiting.push(ok)));
  try {
    return await job(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext();
  for (let i = 0; i < 2; i++) idle.push(await context.newPage());
  // The switch is remembered: set once, through a shared link, for every tab of the context.
  await withTab((p) => p.goto(`${site.url}/?lang=en`));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

/** Scrolls every chart into view and waits until each is drawn (captions, legends and axes come from the script). */
async function drawCharts(page: Page): Promise<void> {
  const figures = page.locator('figure[data-chart]');
  const n = await figures.count();
  for (let i = 0; i < n; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((k) => document.querySelectorAll<HTMLElement>('figure[data-chart]')[k]!.dataset.drawn === 'true', i);
  }
}

/** Opens `path` in the English interface, lets `act` bring the page to its state, and lists the Chinese left in its chrome. */
async function chineseOn(path: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  return withTab(async (page) => {
    await page.goto(site.url + path, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.ui), `${path} opens in English`).toBe('en');
    await drawCharts(page);
    if (act) await act(page);
    const runs = await page.evaluate(findChineseChrome);
    return runs.map((r) => `${r.where}: ${r.text}`);
  });
}

const types = pageTypes();
const samples = types.flatMap((t) => [...new Set([representative(t), heaviest(t)])].map((path) => ({ route: t.route, path })));

test('every page type is sampled', () => {
  expect(types.length).toBeGreaterThan(20);
  expect(new Set(samples.map((s) => s.route)).size).toBe(types.length);
});

describe.concurrent('no Chinese chrome in the English interface', () => {
  for (const { route, path } of samples) {
    test(`${route}: ${path}`, async () => {
      expect(await chineseOn(path)).toEqual([]);
    });
  }

  test('search page with a query typed', async () => {
    const runs = await chineseOn('/search/', async (page) => {
      await page.locator('#search-q').fill('腐败');
      await page.waitForFunction(() => document.body.dataset.searchState === 'done');
      // Filters folded away hold chrome too (their option names).
      await page.locator('#search-filters summary').click();
    });
    expect(runs).toEqual([]);
  });

  test('search page with a number', async () => {
    expect(
      await chineseOn('/search/?q=9%2F1', async (page) => {
        await page.waitForFunction(() => /done|empty/.test(document.body.dataset.searchState ?? ''));
      }),
    ).toEqual([]);
  });

  test('lookup with an ambiguous number and with one not held', async () => {
    for (const q of ['9/1', '99/999', 'A/99/1 第 1.1 段']) {
      const runs = await chineseOn(`/lookup/?q=${encodeURIComponent(q)}`, async (page) => {
        await page.waitForFunction(() => document.body.dataset.lookupState !== undefined);
      });
      expect(runs, q).toEqual([]);
    }
  });

  test('header live search open with results', async () => {
    const runs = await chineseOn('/documents/', async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('9/1');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-site-search]')?.dataset.searchState === 'done');
    });
    expect(runs).toEqual([]);
  });
});

describe('the choice is remembered and shared', () => {
  test('remembered across a navigation, with no parameter in the next URL', async () => {
    await withTab(async (page) => {
      await page.goto(`${site.url}/documents/`);
      await page.locator('.site-header nav a[href="/resolutions/"]').click();
      await page.waitForURL((u) => u.pathname === '/resolutions/');
      expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
      expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBe('en');
    });
  });

  test('a ?lang=en link opens in English for a reader who never switched, and ?lang=zh switches back', async () => {
    const fresh = await browser.newContext();
    try {
      const page = await fresh.newPage();
      await page.goto(`${site.url}/symbols/`);
      expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBeUndefined();
      await page.goto(`${site.url}/symbols/?lang=en`);
      expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBe('en');
      expect(await page.locator('h1').innerText()).toBe('Cited symbols');
      // Switching writes the choice into the address bar, so the address copied from it opens the same way.
      await page.locator('[data-lang-switch]').click();
      expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
      await page.locator('[data-lang-switch]').click();
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      await page.goto(`${site.url}/symbols/?lang=zh`);
      expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBeUndefined();
      await page.goto(`${site.url}/documents/`);
      expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });
});
