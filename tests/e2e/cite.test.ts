/**
 * Cite and copy everywhere a delegate cites: tables (caption), table rows, figures, subprogrammes, mandate
 * entries, in the UI language; captions link to themselves; the popover lists the actions.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchOwnBrowser, serveDist } from './harness.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const doc = '/documents/a-76-6-sect-16/';
// The chapter pages that hold the items cited below (long documents are read chapter by chapter).
const partB = doc + 'chapters/part-b/';
const sp3 = doc + 'chapters/subprogramme-3/';
const programme = doc + 'chapters/part-a-programme-of-work/';

beforeAll(async () => {
  site = await serveDist();
  browser = await launchOwnBrowser(); // reads the clipboard
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

describe('cite and copy', () => {
  test('a table: its caption links to itself; Cite copies “表 16.33” with the permalink and opens the popover', async () => {
    await page.goto(site.url + partB);
    const table = page.locator('#table-16\\.33');
    expect(await table.locator('caption a.self-link').getAttribute('href')).toBe('#table-16.33');
    await table.locator('caption').hover();
    await table.locator('caption').getByRole('button', { name: '引用' }).click();
    await expect.poll(clipboard).toBe(`A/76/6 (Sect. 16)，表 16.33（${site.url}${partB}#table-16.33）`);
    const pop = page.locator('.cite-pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.locator('.cite-pop-text').textContent()).toBe('A/76/6 (Sect. 16)，表 16.33');
    expect(await pop.getByRole('button').allTextContents()).toEqual(['×', '复制引文', '复制链接', '复制英文引文', '加入简报']);
    await pop.getByRole('button', { name: '复制英文引文' }).click();
    await expect.poll(clipboard).toBe(`A/76/6 (Sect. 16), table 16.33 (${site.url}${partB}#table-16.33)`);
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.isVisible()).toBe(false);
  });

  test('a table row: a cite button appears on the rows and cites the row by its printed label', async () => {
    await page.goto(site.url + partB);
    const row = page.locator('#table-16\\.33-row-3');
    await row.hover();
    const label = ((await row.locator('th, td').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    expect(label).not.toBe('');
    await row.getByRole('button', { name: '引用此行' }).click();
    await expect.poll(clipboard).toBe(`A/76/6 (Sect. 16)，表 16.33，“${label}”行（${site.url}${partB}#table-16.33-row-3）`);
    // One button per anchored row, added once however often the table is entered.
    await page.locator('#table-16\\.33 caption').hover();
    await row.hover();
    expect(await row.locator('button.row-cite').count()).toBe(1);
  });

  test('a figure, a subprogramme and a mandate entry are citable', async () => {
    await page.goto(site.url + sp3);
    const figure = page.locator('#figure-16\\.III');
    await figure.hover();
    await figure.getByRole('button', { name: '引用' }).click();
    await expect.poll(clipboard).toBe(`A/76/6 (Sect. 16)，图 16.三（${site.url}${sp3}#figure-16.III）`);

    await page.goto(site.url + doc + 'subprogrammes/9.1/');
    await page.locator('.result-head').getByRole('button', { name: '引用' }).click();
    await expect.poll(clipboard).toBe(`A/76/6 (Sect. 16)，次级方案 9 构成部分 1（${site.url}${doc}subprogrammes/9.1/）`);

    await page.keyboard.press('Escape');
    const entry = page.locator('li.mandate').first();
    const id = await entry.getAttribute('id');
    expect(id).toMatch(/^mandate-\d+$/);
    await entry.hover();
    await entry.getByRole('button', { name: '引用' }).click();
    await expect
      .poll(clipboard)
      .toMatch(new RegExp(`^A/76/6 \\(Sect\\. 16\\)，次级方案 9 构成部分 1，立法授权：.+（${site.url}${doc}subprogrammes/9\\.1/#${id}）$`));
  });

  test('under the English interface the citation is in English', async () => {
    const en = await context.newPage();
    await en.addInitScript(() => localStorage.setItem('ui-lang', 'en'));
    await en.goto(site.url + programme + '#para-16.36');
    const para = en.locator('#para-16\\.36');
    await para.hover();
    await para.getByRole('button', { name: 'Cite' }).click();
    await expect
      .poll(() => en.evaluate(() => navigator.clipboard.readText()))
      .toBe(`A/76/6 (Sect. 16), para. 16.36 (${site.url}${programme}#para-16.36)`);
    expect(await en.locator('.cite-pop').getByRole('button').allTextContents()).toEqual([
      '×',
      'Copy citation',
      'Copy link',
      'Copy Chinese citation',
      'Add to brief',
    ]);
    await en.goto(site.url + doc + 'subprogrammes/3/results/2/');
    await en.locator('.result-head').getByRole('button', { name: 'Cite' }).click();
    await expect
      .poll(() => en.evaluate(() => navigator.clipboard.readText()))
      .toBe(`A/76/6 (Sect. 16), subprogramme 3, result 2 (${site.url}${doc}subprogrammes/3/results/2/)`);
    await en.close();
  });
});
