/**
 * The brief for correspondence end to end: five items from three page types, a reload, plain-text and HTML
 * exports (citations and URLs), the share link in a fresh browser context, and print.
 */
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteAndBrowser } from './harness.ts';

const e2e = useSiteAndBrowser({ ownBrowser: true }); // reads the clipboard

const doc = '/documents/a-76-6-sect-16/';
const expected = [
  // Paragraphs are read on the chapter pages that hold them.
  {
    url: `${doc}chapters/part-a-programme-of-work/#para-16.36`,
    cite: 'A/76/6 (Sect. 16)，第 16.36 段',
    en: 'A/76/6 (Sect. 16), para. 16.36',
  },
  { url: `${doc}chapters/part-a/#para-16.1`, cite: 'A/76/6 (Sect. 16)，第 16.1 段', en: 'A/76/6 (Sect. 16), para. 16.1' },
  {
    url: `${doc}subprogrammes/3/results/2/`,
    cite: 'A/76/6 (Sect. 16)，次级方案 3，成果 2',
    en: 'A/76/6 (Sect. 16), subprogramme 3, result 2',
  },
  { url: '/resolutions/ga-resolution-74-247/', cite: '大会第 74/247 号决议', en: 'General Assembly resolution 74/247' },
  { url: '/resolutions/cnd-resolution-56-9/', cite: '麻醉药品委员会第 56/9 号决议', en: 'Commission on Narcotic Drugs resolution 56/9' },
];

async function newContext(): Promise<BrowserContext> {
  const context = await e2e.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.site.url });
  return context;
}

/** Clicks "add to brief" on the element carrying the permalink. */
async function add(page: Page, url: string): Promise<void> {
  const path = url.replace(/#.*/, '');
  if (new URL(page.url(), e2e.site.url).pathname !== path) await page.goto(e2e.site.url + path);
  const owner = page.locator(`[data-url="${url}"]`);
  await owner.hover();
  await owner.locator('button[data-action="brief"]').click();
  await expect.poll(() => page.locator('.brief-status').textContent()).toContain('查看简报');
}

/**
 * Clicks a copy button and waits until the page says it copied: the clipboard write is asynchronous, and a
 * read before it settles sees the previous export (or fails with "Clipboard data has changed").
 */
async function copyWith(page: Page, name: string, done: string): Promise<void> {
  await page.locator('#brief-status').evaluate((status) => status.replaceChildren());
  await page.getByRole('button', { name }).click();
  await expect.poll(() => page.locator('#brief-status').textContent()).toContain(done);
}

const listed = (page: Page) => page.locator('#brief-list .brief-cite .zh').allTextContents();

test('a brief of five items from three page types survives a reload, exports, shares and prints', async () => {
  const context = await newContext();
  const page = await context.newPage();
  for (const item of expected) await add(page, item.url);
  // Adding an item twice keeps one.
  await add(page, expected[0]!.url);
  await page.goto(`${e2e.site.url}/brief/`);
  expect(await listed(page)).toEqual(expected.map((i) => i.cite));
  const text16 = await page.locator('#brief-list .brief-text').first().textContent();
  expect(text16!.length).toBeGreaterThan(20);
  expect(text16).not.toMatch(/复制链接|加入简报/);

  // Reorder, note, remove, then reload: the brief is as left.
  await page.locator('#brief-list li').nth(1).getByRole('button', { name: /上移/ }).click();
  await page.locator('#brief-list li').nth(0).locator('textarea').fill('参见附件');
  await page.reload();
  const order = [expected[1]!, expected[0]!, ...expected.slice(2)];
  expect(await listed(page)).toEqual(order.map((i) => i.cite));
  expect(await page.locator('#brief-list li').nth(0).locator('textarea').inputValue()).toBe('参见附件');

  // Plain text export: numbered citations, the note and absolute URLs.
  await copyWith(page, '复制为纯文本', '已复制');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  order.forEach((item, k) => {
    expect(text).toContain(`${k + 1}. ${item.cite}\n`);
    expect(text).toContain(`   ${e2e.site.url}${item.url}`);
  });
  expect(text).toContain('注：参见附件');

  // Rich text export: one clipboard item with HTML links and the plain text.
  await copyWith(page, '复制为富文本（含链接）', '已复制');
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item!.types, html: await (await item!.getType('text/html')).text() };
  });
  expect(html.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  for (const item of order) expect(html.html).toContain(`<a href="${e2e.site.url}${item.url}">${item.cite}</a>`);

  // English UI: English citations in the list and the exports.
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-lang-switch]')!.click());
  await copyWith(page, 'Copy as plain text', 'Copied');
  const english = await page.evaluate(() => navigator.clipboard.readText());
  order.forEach((item, k) => expect(english).toContain(`${k + 1}. ${item.en}\n`));
  expect(english).toContain('Note: 参见附件');
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-lang-switch]')!.click());

  // Share link in a fresh context (empty storage): the same brief, texts fetched from the pages.
  const share = await page.locator('#brief-share-link').inputValue();
  expect(share).toMatch(/\/brief\/#b1=/);
  const fresh = await e2e.browser.newContext();
  const other = await fresh.newPage();
  await other.goto(share);
  expect(await listed(other)).toEqual(order.map((i) => i.cite));
  await expect.poll(() => other.locator('#brief-list .brief-text').count()).toBe(order.length);
  expect(await other.locator('#brief-list .brief-text').allTextContents()).toEqual(
    await page.locator('#brief-list .brief-text').allTextContents(),
  );
  expect(await other.locator('#brief-list li').nth(0).locator('textarea').inputValue()).toBe('参见附件');
  expect(await other.evaluate(() => location.hash)).toBe('');
  await fresh.close();

  // Print: the print button prints; the printed page shows citations, texts, URLs and the note, no controls.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: '打印' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.brief-tools').isVisible()).toBe(false);
  expect(await page.locator('.brief-controls').first().isVisible()).toBe(false);
  expect(await page.locator('.brief-note-print').first().isVisible()).toBe(true);
  expect(await page.locator('.brief-url').first().textContent()).toBe(`${e2e.site.url}${order[0]!.url}`);
  expect((await page.pdf()).length).toBeGreaterThan(1000);
  await context.close();
});

test('tables, table rows, figures and mandate entries go into the brief too, with their own citations and anchors', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const chapter = `${doc}chapters/part-a-programme-of-work/`;
  await add(page, `${chapter}#table-16.2`);
  await add(page, `${chapter}#figure-16.I`);
  // A table row has no buttons until the reader points at its table; its cite popover offers "add to brief".
  const row = page.locator('[id="table-16.2"] tbody tr[id]').first();
  const rowId = await row.getAttribute('id');
  await row.hover();
  await row.locator('button.row-cite').click();
  await page.locator('.cite-pop').getByRole('button', { name: '加入简报' }).click();
  await expect.poll(() => page.locator('.brief-status').textContent()).toContain('共 3 项');
  await page.goto(`${e2e.site.url}${doc}subprogrammes/3/mandates/`);
  const entry = page.locator('[data-mandate-table] tbody tr').first();
  const entryId = await entry.getAttribute('id');
  await entry.locator('button[data-action="brief"]').click();

  await page.goto(`${e2e.site.url}/brief/`);
  const cites = await listed(page);
  expect(cites).toHaveLength(4);
  expect(cites[0]).toBe('A/76/6 (Sect. 16)，表 16.2');
  expect(cites[1]).toBe('A/76/6 (Sect. 16)，图 16.一');
  expect(cites[2]).toMatch(/^A\/76\/6 \(Sect\. 16\)，表 16\.2，.+/);
  expect(cites[3]).toMatch(/^A\/76\/6 \(Sect\. 16\)，次级方案 3，立法授权：/);
  expect(await page.locator('#brief-list .brief-cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    `${chapter}#table-16.2`,
    `${chapter}#figure-16.I`,
    `${chapter}#${rowId}`,
    `${doc}subprogrammes/3/mandates/#${entryId}`,
  ]);
  // Every link in the brief lands on its element.
  for (const href of await page.locator('#brief-list .brief-cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const other = await context.newPage();
    await other.goto(e2e.site.url + href);
    expect(await other.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`).count(), href).toBe(1);
    await other.close();
  }
  await context.close();
});
