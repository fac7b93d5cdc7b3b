/**
 * Search benchmark (prints figures, asserts nothing): in headless chromium against the built dist/,
 * the time from the keystroke that completes a query to its first drawn result, the bytes fetched by
 * that search (cold: first search of the page; warm: the next ones), the size of the build-time tables
 * (raw and gzipped), and recall on the Chinese term list: Pagefind alone vs. the site's search.
 *
 * `npx tsx bench/search.ts` prints them; `runSearchBench()` returns them (for `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { dist, launchBrowser, serveDist } from '../tests/e2e/harness.ts';
import { paragraphsContaining, recallTerms } from '../core/search/recall-terms.ts';

export interface QueryFigure {
  query: string;
  /** `cold`: first search of a fresh browser context (everything fetched); `warm`: after one other search on the page. */
  state: 'cold' | 'warm';
  /** warm: keystroke (the query's input event) to the first result or lookup drawn; cold: navigation to the link until its results are drawn. */
  ms: number;
  /** Bytes of every response fetched from the keystroke until the search settled. */
  bytes: number;
  requests: number;
}

export interface RecallFigure {
  term: string;
  chars: number;
  expected: number;
  pagefind: number;
  site: number;
}

export interface SearchBenchFigures {
  queries: QueryFigure[];
  /** Build-time tables fetched by search and lookup: raw and gzipped bytes. */
  tables: { file: string; bytes: number; gzip: number }[];
  recall: RecallFigure[];
}

/** The search run before a warm measurement: a word none of the queries contains. */
const WARM_UP = '预算';
const QUERIES = ['腐败', '合成毒品', '联合港口管制组', '毒', '74/247', 'E/CN.7/2022/2', '9/1'];

/** Counts every response of a browser context (Pagefind fetches from a worker, which the page's resource timing does not see). */
function meter(context: BrowserContext): { start: () => void; read: () => Promise<{ bytes: number; requests: number }> } {
  let on = false;
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (r) => {
    if (!on) return;
    requests++;
    pending.push(
      r.sizes().then((s) => {
        bytes += s.responseBodySize;
      }),
    );
  });
  return {
    start: () => {
      on = true;
      bytes = 0;
      requests = 0;
    },
    read: async () => {
      on = false;
      await Promise.all(pending);
      return { bytes, requests };
    },
  };
}

async function timeQuery(page: Page, query: string): Promise<number> {
  await page.locator('#search-q').fill('');
  await page.waitForFunction(() => document.body.dataset.searchState === 'idle' || document.body.dataset.searchState === undefined);
  // A string, not a function: tsx's name helpers do not exist in the page.
  await page.evaluate(`(() => {
    const w = window;
    w.__bench = { t0: 0, t1: 0 };
    const input = document.querySelector('#search-q');
    // beforeinput: Chinese characters arrive as inserted text (as from an IME), with no keydown.
    input.focus();
    input.addEventListener('beforeinput', () => { w.__bench.t0 = performance.now(); }, { once: true });
    const results = document.querySelector('#search-results');
    const obs = new MutationObserver(() => {
      const drawn = results.querySelector('li.search-hit, #search-lookup:not([hidden]) li, #search-lookup:not([hidden]) p');
      const current = new URLSearchParams(location.search).get('q') === input.value.trim();
      if (w.__bench.t0 && !w.__bench.t1 && current && drawn) { w.__bench.t1 = performance.now(); obs.disconnect(); }
    });
    obs.observe(results, { childList: true, subtree: true, attributes: true });
  })()`);
  // The whole query in one input event, as an IME commits a Chinese word or a paste puts a number.
  await page.keyboard.insertText(query);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0 && document.body.dataset.searchState !== 'busy',
  );
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { t0: number; t1: number } }).__bench;
    return b.t1 - b.t0;
  });
}

async function pagefindRecall(page: Page, term: string, expected: Set<string>): Promise<number> {
  const urls: string[] = await page.evaluate(async (t) => {
    const path = '/pagefind/paragraphs/pagefind.js';
    const pf = await import(/* @vite-ignore */ path);
    const r = await pf.search(t, { filters: { kind: 'paragraph' } });
    const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string }> }) => x.data()));
    return data.map((d: { url: string }) => d.url);
  }, term);
  return urls.filter((u) => expected.has(u)).length;
}

export async function runSearchBench(): Promise<SearchBenchFigures> {
  const paragraphs = JSON.parse(readFileSync(resolve(import.meta.dirname, '../content/paragraphs.json'), 'utf8'));
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const queries: QueryFigure[] = [];
    for (const query of QUERIES) {
      // Cold: a fresh browser context opens /search/?q=… (a pasted link): bytes from the navigation on.
      let context = await browser.newContext();
      let m = meter(context);
      let page = await context.newPage();
      m.start();
      const t0 = Date.now();
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page
        .waitForFunction(() => document.body.dataset.searchState === 'done' || document.body.dataset.searchState === 'empty', undefined, {
          timeout: 10_000,
        })
        .catch(async (e) => {
          throw new Error(`${query}: ${await page.locator('body').getAttribute('data-search-state')} ${e}`);
        });
      const coldMs = Date.now() - t0;
      await page.waitForLoadState('networkidle');
      queries.push({ query, state: 'cold', ms: coldMs, ...(await m.read()) });
      await context.close();
      // Warm: typed on the search page after one other search, so Pagefind and the tables are loaded but not this query's parts.
      context = await browser.newContext();
      m = meter(context);
      page = await context.newPage();
      await page.goto(`${server.url}/search/`);
      await timeQuery(page, WARM_UP);
      await page.waitForLoadState('networkidle');
      m.start();
      const ms = await timeQuery(page, query);
      await page.waitForLoadState('networkidle');
      queries.push({ query, state: 'warm', ms, ...(await m.read()) });
      await context.close();
    }

    const tables = ['lookup/table.json', 'search/shards/meta.json'].map((file) => {
      const raw = readFileSync(join(dist, file));
      return { file: `/${file}`, bytes: raw.length, gzip: gzipSync(raw).length };
    });

    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    const recall: RecallFigure[] = [];
    for (const term of recallTerms) {
      const expected = new Set(paragraphsContaining(paragraphs, term));
      await page.locator('#search-q').fill(term);
      await page.waitForFunction(
        (t) => new URLSearchParams(location.search).get('q') === t && document.body.dataset.searchState === 'done',
        term,
      );
      const heading = (await page.locator('#search-paragraphs h2').textContent()) ?? '';
      const site = Number(/（(\d+)/.exec(heading)?.[1] ?? 0);
      recall.push({ term, chars: [...term].length, expected: expected.size, pagefind: await pagefindRecall(page, term, expected), site });
    }
    return { queries, tables, recall };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printSearchBench(f: SearchBenchFigures): void {
  console.log(
    'search: warm = keystroke → first result drawn; cold = opening /search/?q=… in a fresh browser → results drawn; bytes fetched meanwhile',
  );
  for (const q of f.queries)
    console.log(
      `  ${q.state.padEnd(4)}  ${q.query.padEnd(16)} ${q.ms.toFixed(0).padStart(5)} ms  ${(q.bytes / 1024).toFixed(1).padStart(7)} KiB in ${q.requests} requests`,
    );
  console.log('build-time tables');
  for (const t of f.tables)
    console.log(`  ${t.file.padEnd(24)} ${(t.bytes / 1024).toFixed(1)} KiB raw, ${(t.gzip / 1024).toFixed(1)} KiB gzip`);
  console.log('recall on paragraphs (found / holding the term): Pagefind alone vs. site search');
  for (const r of f.recall)
    console.log(
      `  ${r.term}${' '.repeat(Math.max(1, 14 - 2 * r.chars))}${String(r.chars).padStart(2)} chars  expected ${String(r.expected).padStart(3)}  pagefind ${String(r.pagefind).padStart(3)}  site ${String(r.site).padStart(3)}`,
    );
  const sum = (k: 'expected' | 'pagefind' | 'site') => f.recall.reduce((n, r) => n + r[k], 0);
  const short = f.recall.filter((r) => r.pagefind < r.expected).map((r) => r.term);
  console.log(
    `  total: expected ${sum('expected')}, Pagefind alone ${sum('pagefind')} (${((100 * sum('pagefind')) / sum('expected')).toFixed(1)} %), site ${sum('site')}`,
  );
  console.log(`  Pagefind alone misses paragraphs for: ${short.join('、') || 'none'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printSearchBench(await runSearchBench());
}
