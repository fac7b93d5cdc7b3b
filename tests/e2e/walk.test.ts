/**
 * A delegate's walk through the built site in chromium: overview → subprogramme → result → a resolution in
 * its mandate list → every place it is cited → back to the paragraph anchor; pasted links, copy and cite.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchOwnBrowser, serveDist } from './harness.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchOwnBrowser(); // reads the clipboard
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** True when the element's top is inside the viewport and its background is the highlight, not transparent. */
async function highlightedInView(selector: string): Promise<{ inView: boolean; background: string }> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { inView: r.top >= -1 && r.top < window.innerHeight, background: getComputedStyle(el).backgroundColor };
  });
}

/**
 * Waits for the page a click led to, loaded: under load the URL changes well before the end of a long page
 * (the citation time line) is parsed, and counting its entries then reads a part of the list.
 */
const arrived = (path: string) => page.waitForURL((url) => url.href.includes(path));

describe('a delegate walks the site', () => {
  test('overview → subprogramme → result → mandate resolution → a citing paragraph', async () => {
    await page.goto(site.url + '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('link', { name: '次级方案 1', exact: true }).first().click();
    await arrived('/documents/a-76-6-sect-16/subprogrammes/1/');
    expect(await page.locator('h1').textContent()).toBe('打击跨国有组织犯罪');

    await page.locator('#results').locator('xpath=following-sibling::ol[1]').getByRole('link', { name: '成果 1' }).click();
    await arrived('/subprogrammes/1/results/1/');
    expect(await page.locator('h1').textContent()).toBe('货柜里的犯罪——偷运可卡因');
    expect(await page.locator('main').textContent()).toContain('A/74/6 (Sect. 16)');

    await page.goBack();
    await page.locator('main ul').getByRole('link', { name: '74/247', exact: true }).first().click();
    await arrived('/resolutions/ga-resolution-74-247/');
    expect(await page.locator('h1').innerText()).toBe('大会第 74/247 号决议');

    // Every citation is listed on the time line (one entry per citing document); the mandate list and a paragraph of another document among them.
    const citations = page.locator('main ol.cite-timeline li.timeline-entry ul li');
    expect(await citations.count()).toBeGreaterThanOrEqual(4);
    expect(await citations.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('次级方案 1 立法授权')]));
    expect(await page.locator('main ol.cite-timeline').textContent()).toContain('E/CN.7/2022/2');

    await citations.filter({ hasText: '第 16.25 段' }).getByRole('link').first().click();
    // The citation links straight to the chapter page that holds the paragraph.
    await arrived('/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/#para-16.25');
    // The browser scrolls to the anchor once the long page has laid out: wait for it, do not time it.
    await expect.poll(async () => (await highlightedInView('#para-16\\.25')).inView, { timeout: 10_000 }).toBe(true);
    const h = await highlightedInView('#para-16\\.25');
    expect(h.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('#para-16\\.25 a[href="/resolutions/ga-resolution-74-247/"]').count()).toBe(1);
  });

  test('a pasted paragraph URL scrolls to and highlights that paragraph', async () => {
    await page.goto(site.url + '/documents/a-76-6-sect-16/#para-16.263');
    const h = await highlightedInView('#para-16\\.263');
    expect(h.inView).toBe(true);
    expect(h.background).not.toBe('rgba(0, 0, 0, 0)');
    const other = await highlightedInView('#para-16\\.262');
    expect(other.background).toBe('rgba(0, 0, 0, 0)');
  });

  test('copy link and cite give the permalink and a UN-style citation', async () => {
    // An old whole-document link is forwarded to the chapter page; copy link gives the chapter permalink.
    await page.goto(site.url + '/documents/a-76-6-sect-16/#para-16.36');
    await expect.poll(() => page.url()).toContain('/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/#para-16.36');
    const para = page.locator('#para-16\\.36');
    await para.hover();
    await para.getByRole('button', { name: '复制链接' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.url}/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/#para-16.36`);
    await para.getByRole('button', { name: '引用' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`A/76/6 (Sect. 16)，第 16.36 段（${site.url}/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/#para-16.36）`);

    await page.goto(site.url + '/documents/a-76-6-sect-16/subprogrammes/3/results/2/');
    await page.locator('.result-head').getByRole('button', { name: '引用' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`A/76/6 (Sect. 16)，次级方案 3，成果 2（${site.url}/documents/a-76-6-sect-16/subprogrammes/3/results/2/）`);
  });

  test('references in running text link to their pages and to the official text', async () => {
    await page.goto(site.url + '/documents/a-76-6-sect-16/chapters/part-a/');
    const p1 = page.locator('#para-16\\.1');
    expect(await p1.locator('a.ref').allTextContents()).toEqual(expect.arrayContaining(['45/179', '46/152', '46/185 C']));
    expect(await p1.locator('a.ext').first().getAttribute('href')).toBe('https://undocs.org/zh/A/RES/45/179');
    await page.goto(site.url + '/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/');
    expect(await page.locator('#para-16\\.38 a.ref', { hasText: '16.3' }).getAttribute('href')).toBe(
      '/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/#table-16.3',
    );
  });

  test('the resolution index filters and sorts in the browser, and the URL keeps the view', async () => {
    await page.goto(site.url + '/resolutions/?body=CND');
    const visible = page.locator('table.resolution-index tbody tr:not([hidden])');
    const n = await visible.count();
    expect(n).toBeGreaterThan(10);
    expect(new Set(await visible.locator('td:first-child').allInnerTexts())).toEqual(new Set(['麻醉药品委员会']));
    await page.getByLabel('编号或标题').fill('56/9');
    await expect.poll(() => visible.count()).toBe(1);
    expect(page.url()).toContain('q=56%2F9');
    await page.getByLabel('编号或标题').fill('');
    await page.getByRole('button', { name: '引用' }).click();
    await page.getByRole('button', { name: '引用' }).click();
    const counts = (await visible.locator('td.num:last-child').allInnerTexts()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('reading conditions', () => {
  const pages = [
    '/',
    '/documents/a-76-6-sect-16/',
    '/documents/a-76-6-sect-16/subprogrammes/1/',
    '/documents/a-76-6-sect-16/subprogrammes/9.2/results/1/',
    '/resolutions/',
    '/resolutions/ga-resolution-74-247/',
    '/documents/e-cn.7-2022-3-add.1/',
  ];

  test('a phone-sized viewport renders without horizontal overflow', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const path of pages) {
      await phone.goto(site.url + path);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  test('print shows the result with its URL and citation, without site chrome', async () => {
    const printPage = await browser.newPage();
    await printPage.goto(site.url + '/documents/a-76-6-sect-16/subprogrammes/3/results/2/');
    await printPage.emulateMedia({ media: 'print' });
    expect(await printPage.locator('.site-header').isVisible()).toBe(false);
    expect(await printPage.locator('nav.side').isVisible()).toBe(false);
    expect(await printPage.locator('.para-actions').first().isVisible()).toBe(false);
    const line = printPage.locator('.print-only');
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toContain('A/76/6 (Sect. 16)，次级方案 3，成果 2');
    expect(await line.textContent()).toContain('/documents/a-76-6-sect-16/subprogrammes/3/results/2/');
    const pdf = await printPage.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await printPage.close();
  });

  test('keyboard: the skip link comes first and focus is visible', async () => {
    await page.goto(site.url + '/documents/a-76-6-sect-16/subprogrammes/1/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: (document.activeElement as HTMLElement | null)?.innerText,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused.text).toBe('跳到正文');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('the English switch changes the chrome, not the documents, and is remembered', async () => {
    await page.goto(site.url + '/');
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    expect(await page.locator('.site-header nav').innerText()).toContain('Documents');
    await page.goto(site.url + '/documents/a-76-6-sect-16/subprogrammes/1/');
    expect(await page.locator('.site-header nav').innerText()).toContain('Documents');
    expect(await page.locator('h1').textContent()).toBe('打击跨国有组织犯罪');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('button', { name: 'Switch to the Chinese interface' }).click();
  });
});
