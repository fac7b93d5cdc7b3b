/**
 * A paragraph permalink on the largest document: how long until that paragraph is on screen, and how many bytes
 * crossed the wire before it was. Two links: the one the paragraph's record publishes (its chapter page) and the
 * old whole-document link (`/documents/<doc>/#para-N`) the document page forwards to the chapter.
 *
 * Two measures:
 * - Lighthouse mobile (simulated throttling): first and largest contentful paint, bytes of the whole load, and
 *   whether its LCP element is the paragraph.
 * - The paragraph itself, in chromium under DevTools throttling with Lighthouse's own "applied" mobile values
 *   (562.5 ms request latency, 1.47 Mbit/s down, 4× CPU): the target element is given an `elementtiming` attribute as
 *   the parser inserts it, and the Element Timing API reports when its text was painted. Time runs from the first
 *   navigation (before any forwarding); bytes are the encoded bytes of every response finished by then. A fresh browser context each run, so the cache starts empty.
 *   Stricter than the simulation (each request pays the full latency), and it times the paragraph, not the LCP.
 *
 *   npx tsx bench/landing.ts                      dist/ and content/ of this checkout, 3 runs, with Lighthouse
 *   npx tsx bench/landing.ts --dist D --content C --runs 5 --no-lighthouse
 *   npx tsx bench/landing.ts --lighthouse-runs 3   Lighthouse 3 times per link, the run of median LCP kept
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { lighthouse, type LighthouseResult } from './lighthouse.ts';
import { serveFolder } from '../tests/support/serve.ts';

export interface LandingUrl {
  label: string;
  path: string;
}

/**
 * The paragraph permalinks to time: the middle paragraph of the largest document (most blocks), by the URL its
 * record publishes and by the whole-document form (`/documents/<doc>/#para-N`) older links use.
 */
export function landingUrls(contentDir: string): LandingUrl[] {
  const docs = JSON.parse(readFileSync(join(contentDir, 'documents.json'), 'utf8')) as { id: string; blocks: unknown[] }[];
  const largest = [...docs].sort((a, b) => b.blocks.length - a.blocks.length)[0];
  if (!largest) return [];
  const paras = (
    JSON.parse(readFileSync(join(contentDir, 'paragraphs.json'), 'utf8')) as { documentId: string; number: string; url: string }[]
  ).filter((p) => p.documentId === largest.id);
  const p = paras[Math.floor(paras.length / 2)];
  if (!p) return [];
  const whole = `/documents/${largest.id}/#para-${p.number}`;
  return p.url === whole
    ? [{ label: `paragraph ${p.number} (document page)`, path: whole }]
    : [
        { label: `paragraph ${p.number} (its permalink)`, path: p.url },
        { label: `paragraph ${p.number} (old document-page link, forwarded)`, path: whole },
      ];
}

/** Lighthouse's "devtools" (applied) throttling for its mobile profile: lighthouse-core/config/constants.js. */
const APPLIED = { latencyMs: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpu: 4 };

export interface ParagraphTiming {
  /** From the first navigation to the paint of the paragraph's text (median of the runs). */
  shownMs: number;
  /** Encoded (gzip) bytes of the responses finished before the paragraph was painted (median). */
  bytesBefore: number;
  /** Documents loaded on the way (2 when forwarded). */
  documents: number;
  runs: number;
}

/**
 * Run in every document before its own scripts: mark the element the URL's fragment names for Element Timing as
 * soon as the parser inserts it, and keep the time its text is painted (epoch milliseconds).
 */
const markTarget = `(() => {
  let id = location.hash.slice(1);
  try { id = decodeURIComponent(id); } catch {}
  if (!id) return;
  const mark = () => {
    const el = document.getElementById(id);
    if (!el) return false;
    for (const e of [el, ...el.querySelectorAll('*')]) e.setAttribute('elementtiming', 'bench-target');
    return el.nextSibling !== null || document.readyState !== 'loading';
  };
  const mo = new MutationObserver(() => { if (mark()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.identifier !== 'bench-target') continue;
      const t = performance.timeOrigin + (e.renderTime || e.loadTime);
      window.__paragraphShown = Math.max(window.__paragraphShown ?? 0, t);
    }
  }).observe({ type: 'element', buffered: true });
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeOnce(browser: Browser, url: string): Promise<{ shownMs: number; bytesBefore: number; documents: number }> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript(markTarget);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // No Network.setCacheDisabled: a fresh context already starts with an empty cache, and disabling it would also
    // refuse a forwarded link's chapter page the stylesheet and scripts the first page fetched, which no browser
    // (nor Lighthouse, which only clears the cache before a load) does.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: APPLIED.latencyMs,
      downloadThroughput: (APPLIED.downloadKbps * 1024) / 8,
      uploadThroughput: (APPLIED.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: APPLIED.cpu });
    // CDP timestamps are monotonic seconds: each request's wallTime pairs one with the epoch.
    let offset: number | null = null;
    const finished: { at: number; bytes: number }[] = [];
    let documents = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      offset ??= e.wallTime * 1000 - e.timestamp * 1000;
      if (e.type === 'Document') documents++;
    });
    cdp.on('Network.loadingFinished', (e) => finished.push({ at: e.timestamp * 1000, bytes: e.encodedDataLength }));
    const start = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction('window.__paragraphShown !== undefined', null, { timeout: 60_000 });
    const shown = await page.evaluate<number>('window.__paragraphShown');
    const bytesBefore = finished.filter((f) => f.at + (offset ?? 0) <= shown).reduce((n, f) => n + f.bytes, 0);
    return { shownMs: shown - start, bytesBefore, documents };
  } finally {
    await context.close();
  }
}

/** Median over `runs` fresh contexts of the time and bytes until the URL's paragraph is painted. */
export async function paragraphTiming(browser: Browser, url: string, runs = 3): Promise<ParagraphTiming> {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await timeOnce(browser, url));
  return {
    shownMs: median(all.map((r) => r.shownMs)),
    bytesBefore: median(all.map((r) => r.bytesBefore)),
    documents: Math.max(...all.map((r) => r.documents)),
    runs,
  };
}

export interface LandingResult extends LandingUrl {
  /** The Lighthouse run of median LCP. */
  lighthouse?: LighthouseResult;
  /** FCP and LCP of every Lighthouse run, when there were several (their spread under load). */
  lighthouseRuns?: { fcpMs: number | null; lcpMs: number | null }[];
  paragraph?: ParagraphTiming;
}

/** Both measures for every landing URL of a built site served at `base`. */
export async function measureLanding(
  base: string,
  urls: LandingUrl[],
  opts: { lighthouse: boolean; runs: number; lighthouseRuns?: number },
): Promise<LandingResult[]> {
  const { launchBrowser } = await import('../tests/e2e/harness.ts');
  const out: LandingResult[] = [];
  const browser = await launchBrowser();
  try {
    for (const u of urls) {
      console.log(`landing ${u.path}: paragraph timing (${opts.runs} runs)…`);
      out.push({ ...u, paragraph: await paragraphTiming(browser, base + u.path, opts.runs) });
    }
  } finally {
    await browser.close();
  }
  // Lighthouse's simulation scales the CPU time it observes, so on a shared machine one run can be far off: with
  // several runs the one of median LCP is kept, and every run's figures are printed.
  const lhRuns = Math.max(1, opts.lighthouseRuns ?? 1);
  if (opts.lighthouse)
    for (const r of out) {
      const all: LighthouseResult[] = [];
      for (let k = 0; k < lhRuns; k++) {
        console.log(`landing ${r.path}: lighthouse ${k + 1}/${lhRuns}…`);
        all.push(await lighthouse(base + r.path));
      }
      const lcp = (x: LighthouseResult) => x.landing?.lcpMs ?? Infinity;
      r.lighthouse = [...all].sort((a, b) => lcp(a) - lcp(b))[Math.floor(all.length / 2)]!;
      if (lhRuns > 1) r.lighthouseRuns = all.map((x) => ({ fcpMs: x.landing?.fcpMs ?? null, lcpMs: x.landing?.lcpMs ?? null }));
    }
  return out;
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** The landing figures as table rows (bench/run.ts prints them with its other tables). */
export function landingRows(results: LandingResult[]): (string | number)[][] {
  return results.map((r) => {
    const l = r.lighthouse?.landing;
    const target = r.path.split('#')[1] ?? '';
    // Lighthouse names the element by a CSS path: the paragraph's id (escaped or not) is in it when the LCP is the
    // paragraph or its text.
    const ids = [`#${target}`, `#${target.replace(/\./g, '\\.')}`, `id="${target}"`];
    const lcpIsParagraph = ids.some((id) => l?.lcpElement?.includes(id) ?? false);
    return [
      r.label,
      r.path,
      r.paragraph ? ms(r.paragraph.shownMs) : '–',
      r.paragraph ? kib(r.paragraph.bytesBefore) : '–',
      r.paragraph?.documents ?? '–',
      l?.fcpMs != null ? ms(l.fcpMs) : '–',
      l?.lcpMs != null ? ms(l.lcpMs) : r.lighthouse ? `– ${r.lighthouse.error ?? ''}` : '–',
      l?.bytes != null ? kib(l.bytes) : '–',
      r.lighthouseRuns ? r.lighthouseRuns.map((x) => `${x.fcpMs?.toFixed(0) ?? '?'}/${x.lcpMs?.toFixed(0) ?? '?'}`).join(', ') : '–',
      l ? `${lcpIsParagraph ? 'the paragraph' : 'not the paragraph'}: ${l.lcpElement ?? '?'}` : '–',
    ];
  });
}

export const landingHead = [
  'link',
  'URL',
  'paragraph painted (applied throttling)',
  'bytes before it (gzip)',
  'documents',
  'LH first paint',
  'LH LCP',
  'LH bytes (whole load)',
  'LH FCP/LCP of each run (ms)',
  'LH LCP element',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      content: { type: 'string', default: 'content' },
      runs: { type: 'string', default: '3' },
      'lighthouse-runs': { type: 'string', default: '1' },
      'no-lighthouse': { type: 'boolean', default: false },
    },
  });
  const server = await serveFolder(resolve(values.dist), { gzip: true });
  try {
    const results = await measureLanding(server.url, landingUrls(resolve(values.content)), {
      lighthouse: !values['no-lighthouse'],
      runs: Number(values.runs),
      lighthouseRuns: Number(values['lighthouse-runs']),
    });
    const rows = landingRows(results);
    for (const row of rows) console.log(landingHead.map((h, i) => `${h}: ${row[i]}`).join('\n'), '\n');
  } finally {
    await server.close();
  }
}
