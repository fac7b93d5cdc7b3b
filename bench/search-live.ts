/**
 * Header live search benchmark (prints figures, asserts nothing): in headless chromium against dist/, the
 * bytes fetched on first focus (the data the combobox loads lazily) and, once loaded, the time from the
 * keystroke that completes a query to its paragraphs drawn in the listbox, and to the pages (Pagefind)
 * added. Median of several runs per query. `npx tsx bench/search-live.ts`.
 */
import { launchBrowser, serveDist } from '../tests/e2e/harness.ts';

const QUERIES = ['腐败', '合成毒品', '9/1', '74/247', 'corruption', 'human trafficking', 'Colombia', '第 16.36 段'];
const RUNS = 5;

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const server = await serveDist();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  context.on('requestfinished', (r) => {
    requests++;
    void r.sizes().then((s) => {
      bytes += s.responseBodySize;
    });
  });
  await page.goto(`${server.url}/documents/`);
  await page.waitForLoadState('networkidle');
  bytes = 0;
  requests = 0;
  await page.locator('#site-search-q').focus();
  await page.waitForLoadState('networkidle');
  console.log(
    `first focus: ${(bytes / 1024).toFixed(1)} KiB in ${requests} requests (live-search code, lookup and paragraph tables, term list, Pagefind)`,
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
  console.log('keystroke → paragraphs drawn / → pages added (median of 5, data loaded)');
  for (const q of QUERIES) {
    const para: number[] = [];
    const pages: number[] = [];
    for (let i = 0; i < RUNS; i++) {
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
    }
    console.log(`  ${q.padEnd(20)} ${median(para).toFixed(1).padStart(6)} ms  ${median(pages).toFixed(1).padStart(6)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
