/**
 * /resolutions/ is a list first: at the top of the page, in the UN's order of bodies and by number within a body
 * (numerically: 74/5 before 74/247), filterable with the view in the URL, one card per resolution on a phone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './harness.ts';
import { bodies } from '../../core/schemas/common.ts';

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

const rows = (p: Page) => p.locator('[data-resolution-list] [data-body]:not([hidden])');

/** Body and number of every visible row, in page order. */
function visibleRows(p: Page): Promise<{ body: string; number: string; kind: string; year: number | null; when: number | null }[]> {
  return rows(p).evaluateAll((els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      const year = d.year ? Number(d.year) : null;
      return { body: d.body!, number: d.number!, kind: d.kind!, year, when: year ?? (d.sessionStart ? Number(d.sessionStart) : null) };
    }),
  );
}

/** Session and number of a "74/247"-style number, else null. */
const sessionNumber = (n: string) => {
  const m = /^(\d+)\/(\d+)/.exec(n);
  return m ? ([Number(m[1]), Number(m[2])] as const) : null;
};

describe('the resolution index', () => {
  test('the list comes first, before any chart, near the top of the page', async () => {
    await page.goto(site.url + '/resolutions/');
    const top = await page.locator('[data-resolution-list]').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(900);
    expect(await page.locator('main canvas, main figure.chart').count()).toBe(0);
    // The charts live on their own page, linked from here.
    const href = await page.locator('main a[href="/resolutions/charts/"]').first().getAttribute('href');
    await page.goto(site.url + href);
    expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(3);
  });

  test('bodies in the UN order, numbers in numeric order within a body', async () => {
    await page.goto(site.url + '/resolutions/');
    const list = await visibleRows(page);
    expect(list.length).toBeGreaterThan(500);
    const order = list.map((r) => bodies.indexOf(r.body as (typeof bodies)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(list[0]!.body).toBe('GA');
    // Within a body: in the order of adoption (the year the source fixes, else the session's first year; unknown
    // last), then numerically within a session.
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (a.body !== b.body) continue;
      expect((a.when ?? Infinity) <= (b.when ?? Infinity), `${a.body} ${a.number} before ${b.number}`).toBe(true);
      const [x, y] = [sessionNumber(a.number), sessionNumber(b.number)];
      if (a.when === b.when && x && y && x[0] === y[0]) expect(x[1] <= y[1], `${a.body} ${a.number} before ${b.number}`).toBe(true);
    }
    // A special session's resolution (S-20/2, 1998) stands among its years, not before the old sessions.
    const gaRows = list.filter((r) => r.body === 'GA');
    expect(gaRows[0]!.number).not.toMatch(/^S-/);
    const ga = list.filter((r) => r.body === 'GA').map((r) => r.number);
    if (ga.includes('74/5') && ga.includes('74/247')) expect(ga.indexOf('74/5')).toBeLessThan(ga.indexOf('74/247'));
  });

  test('filters by body, kind and text; the URL keeps the view and a shared filter URL opens it', async () => {
    await page.goto(site.url + '/resolutions/?body=CND&q=56/9');
    await expect.poll(async () => (await visibleRows(page)).map((r) => `${r.body} ${r.kind} ${r.number}`)).toEqual(['CND resolution 56/9']);
    await page.goto(site.url + '/resolutions/');
    await page.locator('[data-resolution-filters] select[name="body"]').selectOption('CCPCJ');
    const ccpcj = await visibleRows(page);
    expect(ccpcj.length).toBeGreaterThan(0);
    expect(new Set(ccpcj.map((r) => r.body))).toEqual(new Set(['CCPCJ']));
    expect(new URL(page.url()).searchParams.get('body')).toBe('CCPCJ');
    await page.locator('[data-resolution-filters] select[name="kind"]').selectOption('decision');
    const decisions = await visibleRows(page);
    expect(decisions.every((r) => r.body === 'CCPCJ' && r.kind === 'decision')).toBe(true);
    expect(decisions.length).toBeLessThan(ccpcj.length);
    await page.locator('[data-resolution-filters] select[name="kind"]').selectOption('');
    await page.locator('[data-resolution-filters] input[name="q"]').fill('zzzz-no-such');
    await expect.poll(() => rows(page).count()).toBe(0);
    expect(await page.locator('[data-no-match]').isVisible()).toBe(true);
  });

  test('sorts by citations, most first, from the sort control', async () => {
    await page.goto(site.url + '/resolutions/');
    await page.locator('[data-resolution-filters] select[name="sort"]').selectOption('citations:desc');
    const counts = await rows(page).evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.citations)));
    expect(counts.length).toBeGreaterThan(500);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('citations');
  });

  test('on a 390 px phone: one card per resolution, the title on full lines, no sideways scrolling', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme });
      await phone.goto(site.url + '/resolutions/');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(
        0,
      );
      const cards = await rows(phone).evaluateAll((els) =>
        els.slice(0, 40).map((e) => {
          const r = e.getBoundingClientRect();
          const title = e.querySelector('[data-title]')?.getBoundingClientRect();
          return { left: r.left, width: r.width, top: r.top, titleWidth: title?.width ?? 0 };
        }),
      );
      // One card per row of the screen: each nearly full width, each below the previous one.
      for (const [i, c] of cards.entries()) {
        expect(c.width, `card ${i}`).toBeGreaterThan(300);
        if (i > 0) expect(c.top).toBeGreaterThan(cards[i - 1]!.top);
      }
      // A title gets the card's width, not a narrow column (three characters a line).
      const titled = cards.filter((c) => c.titleWidth > 0);
      expect(titled.length).toBeGreaterThan(0);
      for (const c of titled) expect(c.titleWidth).toBeGreaterThan(250);
      await phone.close();
    }
  });
});
