/**
 * Oversight follow-up in the browser: the page reached from the overview, the document and the programme sidebar; each
 * recommendation with its report, paragraph, status and action; the cited report's page naming it back; into the brief.
 */
import { expect, test } from 'vitest';
import { useSiteAndBrowser } from './harness.ts';

const e2e = useSiteAndBrowser();

const oversight = '/documents/a-76-6-sect-16/oversight/';

test('reached from the overview, the document page and the programme sidebar', async () => {
  const page = await e2e.browser.newPage();
  for (const from of ['/', '/documents/a-76-6-sect-16/', '/documents/a-76-6-sect-16/subprogrammes/3/']) {
    await page.goto(e2e.site.url + from);
    expect(await page.locator(`a[href="${oversight}"]`).count(), from).toBeGreaterThan(0);
  }
  await page.locator(`nav.side a[href="${oversight}"]`).click();
  expect(new URL(page.url()).pathname).toBe(oversight);
  await page.close();
});

test('each recommendation shows its body, report and paragraph, status as printed, action and progress report', async () => {
  const page = await e2e.browser.newPage();
  await page.goto(e2e.site.url + oversight);
  const items = page.locator('article.oversight-item');
  expect(await items.count()).toBe(5);
  expect(await page.locator('section > h2').allTextContents()).toEqual(['审计委员会', '行政和预算问题咨询委员会']);
  const first = items.first();
  expect(await first.locator('h3').textContent()).toContain('A/73/5/Add.10');
  expect(await first.locator('h3').textContent()).toContain('第 144 段');
  expect(await first.locator('dd').nth(1).textContent()).toBe('这项建议正在执行中。');
  expect(await first.getByText('审计委员会建议毒品和犯罪问题办公室考虑要求联合国秘书处审查预购政策').count()).toBe(1);
  // A/75/7 prints no status sentence: the page says so rather than guessing one.
  expect(await items.nth(3).locator('dd').nth(1).locator('.zh').textContent()).toBe('原文未写明执行情况');

  // The report symbol leads to its page on this site, which names the recommendation back.
  await first.locator('a[href="/symbols/a-73-5-add.10/"]').click();
  const back = page.locator(`#oversight ~ ul a[href="${oversight}#oversight-1"]`);
  expect(await back.count()).toBe(1);
  await back.click();
  expect(new URL(page.url()).hash).toBe('#oversight-1');
  expect(await page.locator('#oversight-1').isVisible()).toBe(true);
  await page.close();
});

test('a recommendation goes into the brief with its citation and anchor', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(e2e.site.url + oversight);
  await page.locator('#oversight-2 button[data-action="brief"]').click();
  await page.goto(`${e2e.site.url}/brief/`);
  expect(await page.locator('#brief-list .brief-cite .zh').first().textContent()).toBe(
    'A/76/6 (Sect. 16)，附件二，审计委员会，A/73/5/Add.10，第二章，第 153 段',
  );
  expect(await page.locator('#brief-list .brief-cite a').first().getAttribute('href')).toBe(`${oversight}#oversight-2`);
  await context.close();
});
