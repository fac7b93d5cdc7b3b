/** The mandate review in the browser: filters by body and age band, sort, the view in the URL, CSV of the view, add to brief. */
import { text } from 'node:stream/consumers';
import { expect, test } from 'vitest';
import { useSiteAndBrowser } from './harness.ts';

const e2e = useSiteAndBrowser();

const review = '/documents/a-76-6-sect-16/mandates/';

test('filtering by body and age band shows exactly the matching entries, kept in the URL, and the CSV holds the view', async () => {
  const context = await e2e.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(e2e.site.url + review);
  const all = await page.locator('[data-mandate-table] tbody tr').count();
  const expected = await page.locator('[data-mandate-table] tbody tr[data-body="CND"][data-band="10-19"]').count();
  expect(expected).toBeGreaterThan(0);
  await page.selectOption('select[name="body"]', 'CND');
  await page.selectOption('select[name="band"]', '10-19');
  await expect.poll(() => page.locator('[data-mandate-table] tbody tr:not([hidden])').count()).toBe(expected);
  expect(await page.locator('[data-mandate-filters] output').textContent()).toBe(`${expected} / ${all}`);
  expect(new URL(page.url()).search).toBe('?body=CND&band=10-19');
  for (const body of await page
    .locator('[data-mandate-table] tbody tr:not([hidden])')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.body)))
    expect(body).toBe('CND');

  // Sorted by age, oldest first.
  await page.locator('button[data-sort="age"]').click();
  const ages = await page
    .locator('[data-mandate-table] tbody tr:not([hidden])')
    .evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.age)));
  expect(ages).toEqual([...ages].sort((a, b) => b - a));

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-mandate-csv]').click()]);
  // Read through a stream: the browser is shared (global-setup.ts), and a connected browser has no local download path.
  const csv = (await text(await download.createReadStream()))
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(csv).toHaveLength(expected + 1);
  expect(csv[0]).toMatch(/^清单,授权,标题,通过,年数/);
  expect(csv.slice(1).every((line) => line.includes('麻醉药品委员会'))).toBe(true);

  // A reload keeps the view.
  await page.reload();
  await expect.poll(() => page.locator('[data-mandate-table] tbody tr:not([hidden])').count()).toBe(expected);
  await context.close();
});

test('a mandate entry goes into the brief with its citation and its anchor on the unit review page', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${e2e.site.url}/documents/a-76-6-sect-16/subprogrammes/3/mandates/`);
  const row = page.locator('[data-mandate-table] tbody tr').first();
  const anchor = await row.getAttribute('id');
  await row.locator('button[data-action="brief"]').click();
  await page.goto(`${e2e.site.url}/brief/`);
  expect(await page.locator('#brief-list .brief-cite .zh').first().textContent()).toMatch(
    /^A\/76\/6 \(Sect\. 16\)，次级方案 3，立法授权：/,
  );
  expect(await page.locator('#brief-list .brief-cite a').first().getAttribute('href')).toBe(
    `/documents/a-76-6-sect-16/subprogrammes/3/mandates/#${anchor}`,
  );
  await context.close();
});

test('subprogramme pages and the overview link to the review', async () => {
  const page = await e2e.browser.newPage();
  await page.goto(`${e2e.site.url}/documents/a-76-6-sect-16/subprogrammes/3/`);
  expect(await page.locator('a[href="/documents/a-76-6-sect-16/subprogrammes/3/mandates/"]').count()).toBeGreaterThan(0);
  await page.goto(`${e2e.site.url}/`);
  expect(await page.locator(`a[href="${review}"]`).count()).toBeGreaterThan(0);
  await page.close();
});
