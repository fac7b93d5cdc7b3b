/**
 * Threads across documents and years in the browser: follow a resolution's time line to the citing paragraph,
 * open the report comparison and the working group's time line and follow their links to the exact places,
 * "discussed elsewhere" on a subprogramme page, recommendations by theme, and the English interface.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, launchBrowser, serveDist } from './harness.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Published {
  id: string;
  kind?: string;
  url: string;
  citations: { documentId: string; precision: string; paragraph: string | null; url: string }[];
}
const data = (name: string) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as Published[];

/** The element the URL's hash names is on screen. */
async function landed(p: Page): Promise<string> {
  const hash = decodeURIComponent(new URL(p.url()).hash.slice(1));
  expect(hash).not.toBe('');
  const box = await p.locator(`[id="${hash}"]`).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(-2);
  expect(box!.y).toBeLessThan(900);
  return hash;
}

test('a resolution’s time line lists its citing documents in date order and leads to the citing paragraph', async () => {
  const documents = data('documents');
  // A resolution cited by three documents or more, one of them in a numbered paragraph of a note or report.
  const r = data('resolutions').find(
    (x) =>
      new Set(x.citations.map((c) => c.documentId)).size >= 3 &&
      x.citations.some((c) => c.precision === 'paragraph' && documents.find((d) => d.id === c.documentId)?.kind !== 'budget-fascicle'),
  )!;
  expect(r).toBeDefined();
  await page.goto(site.url + r.url);
  const entries = page.locator('#timeline > .timeline-entry');
  expect(await entries.count()).toBe(new Set(r.citations.map((c) => c.documentId)).size);
  const years = (await page.locator('#timeline .timeline-year').allTextContents()).map(Number);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  expect(new Set(years).size).toBeGreaterThanOrEqual(2);
  const target = r.citations.find(
    (c) => c.precision === 'paragraph' && documents.find((d) => d.id === c.documentId)?.kind !== 'budget-fascicle',
  )!;
  await page
    .locator(`#cited-in-${target.documentId.replace(/\./g, '\\.')} a[href="${target.url}"]`)
    .first()
    .click();
  await page.waitForURL((u) => u.hash === `#para-${target.paragraph}`);
  expect(await landed(page)).toBe(`para-${target.paragraph}`);
});

test('the report comparison shows sections side by side, recurring, new and vanished themes, and its links land', async () => {
  await page.goto(`${site.url}/threads/reports/`);
  expect(await page.locator('section.report-pair').count()).toBeGreaterThanOrEqual(1);
  for (const status of ['recurs', 'new', 'gone']) expect(await page.locator(`.theme-row .status-${status}`).count()).toBeGreaterThan(0);
  expect(await page.locator('.match-row .why').count()).toBeGreaterThan(0);
  expect(await page.locator('#topic-terms + p + .scroll tbody tr').count()).toBeGreaterThan(10);
  // A matched section of the earlier report opens at its heading.
  await page.locator('.match-row .why').first().locator('xpath=..').locator('a').first().click();
  await page.waitForURL(/\/documents\/.+#chapter-/);
  await landed(page);
  // A recommendation opens on the recommendations page at its entry.
  await page.goto(`${site.url}/threads/reports/#pair-0-recommendations`);
  await page.locator('[id="pair-0-recommendations"] ~ .theme-row a[href*="/recommendations/#rec-"]').first().click();
  await page.waitForURL(/#rec-/);
  await landed(page);
});

test('the working group’s notes on one time line: periods in order, meetings with their paragraphs, mandating resolutions', async () => {
  await page.goto(`${site.url}/threads/working-group/`);
  const notes = page.locator('.cite-timeline > .timeline-entry');
  expect(await notes.count()).toBe(data('documents').filter((d) => d.kind === 'wg-note').length);
  const starts = await page.locator('.meeting time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(starts.length).toBeGreaterThan(3);
  expect(await page.locator('#mandates + .scroll tbody tr').count()).toBeGreaterThan(5);
  await page.locator('.meeting a[href*="#para-"]').first().click();
  await page.waitForURL(/#para-/);
  await landed(page);
});

test('a subprogramme page lists the reports’ and notes’ places citing its mandates', async () => {
  await page.goto(`${site.url}/documents/a-76-6-sect-16/subprogrammes/1/`);
  const links = page.locator('#elsewhere + p + .cite-timeline a[href*="/documents/e-"]');
  expect(await links.count()).toBeGreaterThan(0);
});

test('recommendations by theme, each with the commission it addresses; the comparison in English', async () => {
  await page.goto(`${site.url}/threads/`);
  await page.locator('a[href$="/recommendations/"]').first().click();
  await page.waitForURL(/\/recommendations\/$/);
  expect(await page.locator('article.rec').count()).toBeGreaterThan(5);
  expect(await page.locator('article.rec .tag').count()).toBeGreaterThanOrEqual(await page.locator('article.rec').count());
  await page.goto(`${site.url}/threads/reports/?lang=en`);
  await expect.poll(() => page.locator('h1').innerText()).toBe('Reports of the Executive Director compared');
});
