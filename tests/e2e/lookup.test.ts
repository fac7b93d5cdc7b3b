/** `/lookup/?q=…` in headless chromium: a link a delegate can paste goes to the page, offers the readings, or says the number is not here. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (q: string) => page.goto(`${server.url}/lookup/?q=${encodeURIComponent(q)}`);
const settled = () => page.waitForFunction(() => document.body.dataset.lookupState !== undefined);

describe('/lookup/?q=', () => {
  test.each<[string, string]>([
    ['74/247', '/resolutions/ga-resolution-74-247/'],
    ['A/RES/74/247', '/resolutions/ga-resolution-74-247/'],
    ['CND 56/9', '/resolutions/cnd-resolution-56-9/'],
    ['2331 (2016)', '/resolutions/sc-resolution-2331-2016/'],
    ['E/CN.15/2022/2', '/documents/e-cn.7-2022-2/'],
    ['E/CN.7/2022/3', '/symbols/e-cn.7-2022-3/'],
    ['７４／２４７', '/resolutions/ga-resolution-74-247/'],
  ])('%s goes to %s', async (q, url) => {
    await open(q);
    await page.waitForURL((u) => u.pathname === url);
  });

  test.each<[string, string, string]>([
    ['16.36', '/documents/a-76-6-sect-16/', '#para-16.36'],
    ['第 16.36 段', '/documents/a-76-6-sect-16/', '#para-16.36'],
    ['A/76/6 (Sect. 16), para. 16.36', '/documents/a-76-6-sect-16/', '#para-16.36'],
    ['A/76/6 (Sect. 16) 16.36', '/documents/a-76-6-sect-16/', '#para-16.36'],
    ['E/CN.7/2022/2 第 46 段', '/documents/e-cn.7-2022-2/', '#para-46'],
    ['表 16.33', '/documents/a-76-6-sect-16/', '#table-16.33'],
    ['图 16.三', '/documents/a-76-6-sect-16/', '#figure-16.III'],
    ['第16.36段', '/documents/a-76-6-sect-16/', '#para-16.36'],
    ['para. 16.36', '/documents/a-76-6-sect-16/', '#para-16.36'],
    ['A/76/6 (Sect. 16) 第 16.36 段', '/documents/a-76-6-sect-16/', '#para-16.36'],
    ['16.263(a)', '/documents/a-76-6-sect-16/', '#para-16.263'],
  ])('%s lands on its place', async (q, path, hash) => {
    await open(q);
    await page.waitForURL((u) => u.pathname.startsWith(path) && u.hash === hash);
    // The anchor exists on the page it lands on.
    expect(await page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).count()).toBe(1);
  });

  test('a paragraph number in several documents offers each', async () => {
    await open('第 46 段');
    await settled();
    expect(await page.evaluate(() => document.body.dataset.lookupState)).toBe('ambiguous');
    const hrefs = await page.locator('#lookup-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(hrefs.every((h) => h?.endsWith('#para-46'))).toBe(true);
  });

  test('a document the site does not hold gets the official link of its symbol, never of the whole input', async () => {
    await open('A/77/6 (Sect. 16) 16.36');
    await settled();
    expect(await page.locator('#lookup-result a[rel="external"]').getAttribute('href')).toBe('https://undocs.org/zh/A/77/6%20(Sect.%2016)');
  });

  test('A/76/6 alone offers A/76/6 (Sect. 16)', async () => {
    await open('A/76/6');
    await settled();
    const hrefs = await page.locator('#lookup-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/documents/a-76-6-sect-16/');
  });

  test('a joint symbol resolves as one', async () => {
    await open('E/CN.7/2022/3-E/CN.15/2022/3');
    await page.waitForURL((u) => u.pathname === '/symbols/e-cn.7-2022-3/');
  });

  test('a symbol the site does not hold: no official link built from anything but the symbol', async () => {
    for (const q of ['A/76/6 (Sect. 99) 表 1', 'E/CN.7/2022/9 16.36', 'A/76 16.36', 'E/CN.7/ 第 5 段']) {
      await open(q);
      // Some of these are read as something held and go there: only a page that stays here offers links.
      await page.waitForFunction(() => document.body?.dataset.lookupState !== undefined || location.pathname !== '/lookup/');
      if (new URL(page.url()).pathname !== '/lookup/') continue;
      for (const href of await page
        .locator('#lookup-result a[rel="external"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
        expect(decodeURI(href.replace('https://undocs.org/zh/', '')), q).toMatch(
          /^[AES](\/[A-Za-z0-9.]+)+( \(Sect\. \d+\))?(\/[A-Za-z0-9.]+)*$/,
        );
    }
  });

  test('the unencoded form a delegate types in the address bar works too', async () => {
    await page.goto(`${server.url}/lookup/?q=74/247`);
    await page.waitForURL((u) => u.pathname === '/resolutions/ga-resolution-74-247/');
  });

  test('an ambiguous number offers each reading', async () => {
    await open('9/1');
    await settled();
    expect(await page.evaluate(() => document.body.dataset.lookupState)).toBe('ambiguous');
    const hrefs = await page.locator('#lookup-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['/resolutions/cop-untoc-resolution-9-1/', '/resolutions/cosp-uncac-resolution-9-1/']);
    expect(await page.locator('#lookup-result').textContent()).toContain('建立《联合国打击跨国组织犯罪公约》');
  });

  test('a number not in the corpus says so and links to its official text', async () => {
    await open('74/999');
    await settled();
    expect(await page.locator('#lookup-result').textContent()).toContain('本站资料中没有第 74/999 号决议或决定');
    expect(await page.locator('#lookup-result a[rel="external"]').getAttribute('href')).toBe('https://undocs.org/zh/A/RES/74/999');
  });

  test('text that is no number points to full-text search', async () => {
    await open('合成毒品');
    await settled();
    expect(await page.locator('#lookup-status').textContent()).toContain('不是可识别的');
    expect(await page.locator('#lookup-result a').getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('合成毒品')}`);
  });

  test('the form on the page and on the 404 page looks up with the keyboard alone', async () => {
    await page.goto(`${server.url}/no-such-page/`);
    await page.locator('#lookup-q').focus();
    await page.keyboard.type('E/RES/2017/18');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/resolutions/ecosoc-resolution-2017-18/');
  });
});
