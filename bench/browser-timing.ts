/**
 * Keystroke-to-results in headless chromium on the search page: the time from the input event to the
 * first result on screen and to the finished result list (the page sets body[data-search-state] to
 * done/empty), cold (first query after load: Pagefind, its WebAssembly and the tables load) and warm
 * (a second query on the same page). Also the bytes the server sent for the query.
 */
import type { Browser, Page } from 'playwright-core';
import type { Served } from '../tests/support/serve.ts';

export interface QueryTiming {
  query: string;
  firstMs: number;
  doneMs: number;
  bytes: number;
  /** Of which the sharded paragraph index (`/search/shards/`: meta, gram buckets, text chunks). */
  shardBytes: number;
  requests: number;
}

async function measure(page: Page, server: Served, query: string, firstSelector: string): Promise<QueryTiming> {
  // Passed as source text: tsx would wrap named functions in a helper (__name) that the page does not have.
  await page.evaluate(`(() => {
    const sel = ${JSON.stringify(firstSelector)};
    const b = (window.__bench = {});
    document.querySelector('#search-q').addEventListener('input', () => { b.input ??= performance.now(); }, { once: true, capture: true });
    new MutationObserver(() => {
      if (b.input === undefined) return;
      if (b.first === undefined && document.querySelector(sel)) b.first = performance.now();
      const state = document.body.dataset.searchState;
      if (b.done === undefined && (state === 'done' || state === 'empty')) b.done = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    document.body.dataset.searchState = 'idle';
  })()`);
  const before = server.sent.length;
  await page.fill('#search-q', query);
  await page.waitForFunction('window.__bench.done !== undefined', null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const t = await page.evaluate<{ input: number; first?: number; done: number }>('window.__bench');
  const sent = server.sent.slice(before);
  return {
    query,
    firstMs: (t.first ?? t.done) - t.input,
    doneMs: t.done - t.input,
    bytes: sent.reduce((n, s) => n + s.bytes, 0),
    shardBytes: sent.filter((s) => s.path.startsWith('/search/shards/')).reduce((n, s) => n + s.bytes, 0),
    requests: sent.length,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The representative queries: what the exact pass fetches depends on the query's length and kind. */
export const REPRESENTATIVE_QUERIES = [
  ['2-char Chinese', '腐败'],
  ['4-char Chinese', '替代发展'],
  ['1-char Chinese', '罪'],
  ['number', '74/247'],
  ['English term', 'corruption'],
] as const;
/** Typed before a warm query: loads Pagefind, the tables and the index's meta, shares no gram with the queries. */
const WARM_UP = '海盗';

export interface QueryFigures {
  label: string;
  query: string;
  /** The first query on a freshly loaded search page. */
  first: QueryTiming;
  /** The same query typed after another one (code, tables, Pagefind loaded; this query's shards not). */
  warm: QueryTiming;
}

export interface SearchTimings {
  fullText: { cold: QueryTiming; warm: QueryTiming };
  lookup: { cold: QueryTiming; warm: QueryTiming };
  queries: QueryFigures[];
  pageLoadBytes: number;
}

const FIRST_RESULT = '#search-lookup:not([hidden]) a, #search-paragraphs li, #search-pages li';

async function freshSearchPage(browser: Browser, server: Served): Promise<{ page: Page; close: () => Promise<void>; loadBytes: number }> {
  // bypassCSP: the measuring probe polls with a string predicate, which the site's CSP (rightly) forbids.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const before = server.sent.length;
  await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, close: () => context.close(), loadBytes: server.sent.slice(before).reduce((n, s) => n + s.bytes, 0) };
}

/** Median by completion time, with the median first-result time. */
function middle(xs: QueryTiming[]): QueryTiming {
  const byDone = [...xs].sort((a, b) => a.doneMs - b.doneMs);
  const mid = byDone[Math.floor(byDone.length / 2)]!;
  return { ...mid, firstMs: median(xs.map((x) => x.firstMs)), doneMs: median(xs.map((x) => x.doneMs)) };
}

/** Each representative query, first on a fresh page and warm after another query; median of `runs`. */
async function representativeTimings(browser: Browser, server: Served, runs: number): Promise<QueryFigures[]> {
  const out: QueryFigures[] = [];
  for (const [label, query] of REPRESENTATIVE_QUERIES) {
    const first: QueryTiming[] = [];
    const warm: QueryTiming[] = [];
    for (let i = 0; i < runs; i++) {
      let s = await freshSearchPage(browser, server);
      first.push(await measure(s.page, server, query, FIRST_RESULT));
      await s.close();
      s = await freshSearchPage(browser, server);
      await measure(s.page, server, WARM_UP, FIRST_RESULT);
      await s.page.fill('#search-q', '');
      warm.push(await measure(s.page, server, query, FIRST_RESULT));
      await s.close();
    }
    out.push({ label, query, first: middle(first), warm: middle(warm) });
  }
  return out;
}

/** Median over `runs` fresh contexts of a cold and a warm query, for full-text and for lookup by number; then the representative queries. */
export async function searchTimings(browser: Browser, server: Served, runs = 3): Promise<SearchTimings> {
  const results = { fullText: [] as [QueryTiming, QueryTiming][], lookup: [] as [QueryTiming, QueryTiming][], pageLoad: [] as number[] };
  const fullFirst = '#search-paragraphs li, #search-pages li';
  const lookupFirst = '#search-lookup:not([hidden]) a';
  for (let i = 0; i < runs; i++) {
    for (const [kind, queries, sel] of [
      ['fullText', ['腐败', '替代发展'], fullFirst],
      ['lookup', ['74/247', 'E/CN.7/2022/2'], lookupFirst],
    ] as const) {
      const s = await freshSearchPage(browser, server);
      results.pageLoad.push(s.loadBytes);
      const cold = await measure(s.page, server, queries[0], sel);
      await s.page.fill('#search-q', '');
      const warm = await measure(s.page, server, queries[1], sel);
      results[kind].push([cold, warm]);
      await s.close();
    }
  }
  const pick = (xs: [QueryTiming, QueryTiming][], k: 0 | 1): QueryTiming => middle(xs.map((x) => x[k]));
  return {
    fullText: { cold: pick(results.fullText, 0), warm: pick(results.fullText, 1) },
    lookup: { cold: pick(results.lookup, 0), warm: pick(results.lookup, 1) },
    queries: await representativeTimings(browser, server, runs),
    pageLoadBytes: median(results.pageLoad),
  };
}
