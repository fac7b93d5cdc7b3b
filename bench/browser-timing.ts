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
    requests: sent.length,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface SearchTimings {
  fullText: { cold: QueryTiming; warm: QueryTiming };
  lookup: { cold: QueryTiming; warm: QueryTiming };
  pageLoadBytes: number;
}

/** Median over `runs` fresh contexts of a cold and a warm query, for full-text and for lookup by number. */
export async function searchTimings(browser: Browser, server: Served, runs = 3): Promise<SearchTimings> {
  const results = { fullText: [] as [QueryTiming, QueryTiming][], lookup: [] as [QueryTiming, QueryTiming][], pageLoad: [] as number[] };
  const fullFirst = '#search-paragraphs li, #search-pages li';
  const lookupFirst = '#search-lookup:not([hidden]) a';
  for (let i = 0; i < runs; i++) {
    for (const [kind, queries, sel] of [
      ['fullText', ['腐败', '替代发展'], fullFirst],
      ['lookup', ['74/247', 'E/CN.7/2022/2'], lookupFirst],
    ] as const) {
      // bypassCSP: the measuring probe polls with a string predicate, which the site's CSP (rightly) forbids.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const before = server.sent.length;
      await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      results.pageLoad.push(server.sent.slice(before).reduce((n, s) => n + s.bytes, 0));
      const cold = await measure(page, server, queries[0], sel);
      await page.fill('#search-q', '');
      const warm = await measure(page, server, queries[1], sel);
      results[kind].push([cold, warm]);
      await context.close();
    }
  }
  const pick = (xs: [QueryTiming, QueryTiming][], k: 0 | 1): QueryTiming => {
    const byDone = xs.map((x) => x[k]).sort((a, b) => a.doneMs - b.doneMs);
    const mid = byDone[Math.floor(byDone.length / 2)]!;
    return { ...mid, firstMs: median(xs.map((x) => x[k].firstMs)), doneMs: median(xs.map((x) => x[k].doneMs)) };
  };
  return {
    fullText: { cold: pick(results.fullText, 0), warm: pick(results.fullText, 1) },
    lookup: { cold: pick(results.lookup, 0), warm: pick(results.lookup, 1) },
    pageLoadBytes: median(results.pageLoad),
  };
}
