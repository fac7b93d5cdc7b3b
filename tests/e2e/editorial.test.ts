/**
 * The editorial pages (src/editorial/, MDX): each opens in Chinese and in English with the headings its MDX file
 * gives, is linked from every page's footer, quotes figures counted from the collections, and the data dictionary
 * lists every collection and every field of the zod schemas.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './harness.ts';
import { editorialPages, type EditorialPage } from '../../core/permalinks.ts';
import { dataDictionary } from '../../core/data-dictionary.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const editorialDir = resolve(import.meta.dirname, '../../src/editorial');
/** The h1 and h2 headings an MDX file writes (`# …`, `## …`), as text. */
function mdxHeadings(page: EditorialPage, lang: 'zh' | 'en'): string[] {
  const body = readFileSync(resolve(editorialDir, lang, `${page}.mdx`), 'utf8')
    .split(/^---$/m)
    .slice(2)
    .join('---');
  return [...body.matchAll(/^#{1,2} (.+)$/gm)].map((m) => m[1]!.trim());
}
const visibleHeadings = (p: Page) => p.locator('main .editorial :is(h1, h2):visible').allTextContents();
const pages = Object.entries(editorialPages) as [EditorialPage, string][];

describe('editorial pages', () => {
  for (const [name, path] of pages) {
    test(`${path} in Chinese and in English: the headings of its MDX, the other language hidden`, async () => {
      await page.goto(site.url + path);
      const zh = mdxHeadings(name, 'zh');
      expect(zh.length).toBeGreaterThan(0);
      expect((await visibleHeadings(page)).slice(0, zh.length)).toEqual(zh);
      expect(await page.locator('main h1:visible').count()).toBe(1);
      expect(await page.title()).toContain(zh[0]);
      await page.goto(`${site.url}${path}?lang=en`);
      const en = mdxHeadings(name, 'en');
      expect((await visibleHeadings(page)).slice(0, en.length)).toEqual(en);
      expect(await page.locator('main h1:visible').count()).toBe(1);
      expect(await page.title()).toContain(en[0]);
      await page.goto(`${site.url}${path}?lang=zh`);
    });
  }

  test('every page links each editorial page from its footer', async () => {
    for (const path of ['/', '/documents/', pages[0]![1]]) {
      await page.goto(site.url + path);
      const hrefs = await page.locator('.site-footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs, path).toEqual(expect.arrayContaining(pages.map(([, p]) => p)));
    }
  });

  test('the about page quotes counts from the collections, not typed in', async () => {
    const documents = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/documents.json'), 'utf8')) as {
      symbol: string;
    }[];
    await page.goto(site.url + editorialPages.about);
    expect(await page.locator('main').innerText()).toContain(`本站收录 ${documents.length} 份文件`);
    const symbols = await page.locator('table.sources:visible tbody th a').allTextContents();
    expect(symbols.sort()).toEqual(documents.map((d) => d.symbol).sort());
    await page.goto(`${site.url}${editorialPages.about}?lang=en`);
    expect(await page.locator('main').innerText()).toContain(`The site holds ${documents.length} documents`);
    await page.goto(`${site.url}${editorialPages.about}?lang=zh`);
  });

  test('the dictionary lists every collection and every field of collectionSchemas, described in the UI language', async () => {
    const dictionary = dataDictionary();
    await page.goto(site.url + editorialPages.dictionary);
    const listed = await page.locator('section[data-collection]').evaluateAll((ss) => ss.map((s) => s.getAttribute('data-collection')));
    expect(listed).toEqual(dictionary.map((c) => c.name));
    const rowsOf = (name: string) => page.locator(`section[data-collection="${name}"] tbody tr`);
    for (const c of dictionary) {
      const rows = await rowsOf(c.name).evaluateAll((trs) =>
        trs.map((tr) => `${tr.getAttribute('data-field')}${tr.getAttribute('data-variant') ?? ''}`),
      );
      expect(rows, c.name).toEqual(c.fields.map((f) => `${f.path}${f.variant ?? ''}`));
    }
    const first = dictionary[0]!.fields[0]!;
    const cell = rowsOf(dictionary[0]!.name).first().locator('td').last();
    expect(await cell.innerText()).toBe(first.description.zh.replace(/`/g, ''));
    await page.goto(`${site.url}${editorialPages.dictionary}?lang=en`);
    expect(await cell.innerText()).toBe(first.description.en.replace(/`/g, ''));
    await page.goto(`${site.url}${editorialPages.dictionary}?lang=zh`);
  });
});
