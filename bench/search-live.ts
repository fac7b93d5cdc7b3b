/**
 * Header live search benchmark (prints figures, asserts nothing): in headless chromium against dist/, the
 * bytes fetched on first focus (the data the combobox loads lazily) and, once loaded, the time from the
 * keystroke that completes a query to its paragraphs drawn in the listbox, and to the pages (Pagefind)
 * added. Median of several runs per query. `npx tsx bench/search-live.ts`.
 */
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/harness.ts';
import { serveFolder, type Served } from '../tests/support/serve.ts';

const QUERIES = ['腐败', '合成毒品', '9/1', '74/247', 'corruption', 'human trafficking', 'Colombia', '第 16.36 段'];
const RUNS = 5;

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Waits until the server has sent nothing for `quietMs`, and returns what it sent since `from`. */
async function settled(
  server: Served,
  from: number,
  quietMs = 500,
): Promise<{ bytes: number; requests: number; paths: string[]; sent: Served['sent'] }> {
  let seen = -1;
  while (seen !== server.sent.length) {
    seen = server.sent.length;
    await new Promise((ok) => setTimeout(ok, quietMs));
  }
  const sent = server.sent.slice(from);
  return { bytes: sent.reduce((n, s) => n + s.bytes, 0), requests: sent.length, paths: sent.map((s) => `${s.path} ${s.bytes}`), sent };
}

/** Pagefind's runtime: its code, WebAssembly, entry file and index metadata (fetched once per page). */
const PAGEFIND_RUNTIME = /^\/pagefind\/(pagefind[^/]*\.js|wasm\.|pagefind-entry\.json|pagefind\.[^/]*\.pf_meta)/;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

/** Bytes sent, total and split: index shards (exact pass) / Pagefind runtime / Pagefind index chunks and fragments. */
function byKind(sent: Served['sent']): string {
  const sum = (f: (p: string) => boolean) => sent.filter((s) => f(s.path)).reduce((n, s) => n + s.bytes, 0);
  const shards = sum((p) => p.startsWith('/search/shards/'));
  const runtime = sum((p) => PAGEFIND_RUNTIME.test(p));
  const pfIndex = sum((p) => p.startsWith('/pagefind/') && !PAGEFIND_RUNTIME.test(p));
  return `${kib(sum(() => true)).padStart(10)} = ${kib(shards)} shards + ${kib(runtime)} Pagefind runtime + ${kib(pfIndex)} Pagefind index`;
}

// Served with gzip, bytes counted by the server: what a static host would send. (Counting in the browser
// after `waitForLoadState('networkidle')` printed 0: that state was already reached, so it returned before
// the focus's fetches began.)
const server = await serveFolder(resolve(process.env.DIST_DIR ?? join(import.meta.dirname, '../dist')), { gzip: true });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/documents/`);
  await page.waitForLoadState('networkidle');
  const before = server.sent.length;
  await page.locator('#site-search-q').focus();
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-site-search]')?.dataset.live === 'on');
  const focus = await settled(server, before);
  if (process.env.BENCH_VERBOSE) console.log(focus.paths.join('\n'));
  console.log(
    `first focus: ${(focus.bytes / 1024).toFixed(1)} KiB gzip in ${focus.requests} requests (live-search code, lookup table, index meta, term list; Pagefind loads with the first query)`,
  );
  // Timestamps in the page: the input event of the last keystroke, and each state the form reports.
  await page.evaluate(() => {
    const w = window as unknown as { t0: number; marks: Record<string, number> };
    const form = document.querySelector<HTMLElement>('[data-site-search]')!;
    document.querySelector('#site-search-q')!.addEventListener(
      'input',
      () => {
        w.t0 = performance.now();
        w.marks = {};
      },
      { capture: true },
    );
    new MutationObserver(() => {
      const s = form.dataset.searchState ?? '';
      w.marks[s] ??= performance.now() - w.t0;
    }).observe(form, { attributes: true, attributeFilter: ['data-search-state'] });
  });
  console.log(
    'keystroke → paragraphs drawn / → pages added (median of 5, data loaded); gzip bytes fetched the first time the query was typed (with its prefix; the first query also loads Pagefind)',
  );
  for (const q of QUERIES) {
    const para: number[] = [];
    const pages: number[] = [];
    let firstBytes = '';
    for (let i = 0; i < RUNS; i++) {
      const from = server.sent.length;
      await page.locator('#site-search-q').fill(q.slice(0, -1));
      await page.waitForFunction(() =>
        ['done', 'idle'].includes(document.querySelector<HTMLElement>('[data-site-search]')!.dataset.searchState ?? ''),
      );
      await page.keyboard.type(q.slice(-1));
      await page.waitForFunction(
        (q) =>
          document.querySelector<HTMLElement>('[data-site-search]')!.dataset.searchState === 'done' &&
          document.querySelector<HTMLInputElement>('#site-search-q')!.value === q,
        q,
      );
      const m = await page.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);
      para.push(m.paragraphs ?? NaN);
      pages.push(m.done ?? NaN);
      if (i === 0) firstBytes = byKind((await settled(server, from, 300)).sent);
    }
    console.log(`  ${q.padEnd(20)} ${median(para).toFixed(1).padStart(6)} ms  ${median(pages).toFixed(1).padStart(6)} ms  ${firstBytes}`);
  }
} finally {
  await browser.close();
  await server.close();
}
