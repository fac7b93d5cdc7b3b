/**
 * Search in headless chromium against dist/: a recall term lists exactly the paragraphs that hold it (a sample
 * of terms here, every term in search-recall.test.ts), a result lands on the highlighted paragraph, number forms
 * go to their page, filters apply, an empty search says so, and all of it works from the keyboard and at phone width.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inParallel, launchBrowser, serveDist } from './harness.ts';
import { paragraphsContaining, recallTerms } from '../../core/search/recall-terms.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';

const paragraphs = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/paragraphs.json'), 'utf8')) as Paragraph[];

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types `q` in the search page's box and waits until that query's results are drawn. */
async function search(p: Page, q: string): Promise<void> {
  await p.locator('#search-q').fill(q);
  await p.waitForFunction((q) => {
    const s = document.body.dataset.searchState;
    return new URLSearchParams(location.search).get('q') === q && (s === 'done' || s === 'empty' || s === 'error');
  }, q);
}

/** Every paragraph result, after pressing "show more" until all are shown. */
async function allParagraphResults(p: Page): Promise<string[]> {
  const more = p.locator('#search-paragraphs .search-more');
  while (await more.isVisible()) {
    const before = await p.locator('#search-paragraphs li.search-hit').count();
    await more.click();
    await p.waitForFunction((n) => document.querySelectorAll('#search-paragraphs li.search-hit').length > n, before);
  }
  return p.locator('#search-paragraphs a.search-hit-title').evaluateAll((as) =>
    as.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return `${u.pathname}${u.hash}`;
    }),
  );
}

/**
 * The terms drawn in the browser: for each term length (1, 2, 3, 4, 5 and more characters), the recall term
 * with the median number of paragraphs. They stand for the whole list: every recall term's full result list
 * is checked without a browser against the same built index and the same search code (search-recall.test.ts);
 * here the page must draw such a list in full through "show more", mark the term and land on the last result.
 */
const browserSample: string[] = (() => {
  const byLength = Map.groupBy(recallTerms, (t) => Math.min(t.length, 5));
  return [...byLength.keys()]
    .sort((a, b) => a - b)
    .map((n) => {
      const terms = byLength
        .get(n)!
        .toSorted((a, b) => paragraphsContaining(paragraphs, a).length - paragraphsContaining(paragraphs, b).length);
      return terms[Math.floor(terms.length / 2)]!;
    });
})();

describe('full text: each term lists the paragraphs that hold it (a sample, see browserSample)', () => {
  /** The last result of each term (the full list is shown), opened below. */
  const lastResult = new Map<string, string>();
  beforeAll(async () => {
    await page.goto(`${server.url}/search/`);
  });

  // The terms are typed in turn into the one search page (no reload between them): each draws its own results.
  test.each(browserSample)('%s', async (term) => {
    await search(page, term);
    const expected = paragraphsContaining(paragraphs, term);
    await expect.poll(() => page.locator('#search-paragraphs h2').innerText()).toBe(`段落（${expected.length}）`);
    const found = await allParagraphResults(page);
    expect(found.sort()).toEqual([...expected].sort());
    // Context with the term marked.
    const marks = await page.locator('#search-paragraphs .search-excerpt mark').first().textContent();
    expect(marks).toBe(term);
    lastResult.set(term, (await page.locator('#search-paragraphs a.search-hit-title').last().getAttribute('href'))!);
  });

  // Every term's last result, opened as its link says (two pages at a time), lands on its paragraph, outlined,
  // with the term marked. Clicking a result is tested below.
  test('the last result of each term lands on its paragraph with the term marked', async () => {
    expect([...lastResult.keys()]).toEqual(browserSample);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const missed = await inParallel([...lastResult], 2, async ([term, href]) => {
      const landing = await context.newPage();
      try {
        const target = new URL(href, `${server.url}/search/`);
        await landing.goto(target.href);
        const id = decodeURIComponent(target.hash.slice(1));
        await landing.waitForFunction((id) => document.querySelector('.search-landing')?.id === id, id);
        const mark = await landing.locator('.search-landing mark.search-mark').first().textContent();
        return mark === term ? [] : [`${term}: ${href} marks ${mark}`];
      } finally {
        await landing.close();
      }
    });
    await context.close();
    expect(missed.flat()).toEqual([]);
  }, 300_000);
});

describe('from a result to the paragraph', () => {
  test('clicking a paragraph result lands on it, outlined, with the terms marked', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('合成毒品')}`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    const first = page.locator('#search-paragraphs a.search-hit-title').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/\?hl=.+#para-/);
    await first.click();
    await page.waitForURL(/#para-/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const landing = page.locator('.search-landing');
    await expect.poll(() => landing.getAttribute('id')).toBe(id);
    expect(await landing.locator('mark.search-mark').first().textContent()).toBe('合成毒品');
  });

  test('page results are ranked by Pagefind, carry excerpts and land with the terms marked', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('腐败')}&kind=resolution`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    expect(await page.locator('#search-paragraphs').isHidden()).toBe(true);
    const hits = page.locator('#search-pages li.search-hit');
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await hits.first().locator('.search-excerpt mark').first().textContent()).toBe('腐败');
    await hits.first().locator('a.search-hit-title').click();
    await page.waitForURL(/\/resolutions\//);
    expect(await page.locator('main mark.search-mark').count()).toBeGreaterThan(0);
  });
});

describe('sub-results', () => {
  test('a page result lists its matching sections; a section link marks the terms on the page', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('立法授权')}&kind=subprogramme`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    const sub = page.locator('#search-pages .search-subs a').first();
    const href = await sub.getAttribute('href');
    expect(href).toMatch(/\?hl=.+#.+/);
    await sub.click();
    await page.waitForURL(/#/);
    await expect.poll(() => page.locator('main mark.search-mark').count()).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  test('document and subprogramme filters narrow the paragraphs; body filter the resolutions', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('腐败')}&subprogramme=3`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    const expected = paragraphs.filter(
      (p) => p.unit === '3' && (p.text.includes('腐败') || p.footnotes.some((f) => f.text.includes('腐败'))),
    );
    expect(await page.locator('#search-paragraphs h2').innerText()).toBe(`段落（${expected.length}）`);
    await page.selectOption('select[name="subprogramme"]', '');
    await page.selectOption('select[name="document"]', 'E/CN.7/2012/2-E/CN.15/2012/2');
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('document') !== null && document.body.dataset.searchState === 'done',
    );
    const inDoc = paragraphs.filter((p) => p.documentId === 'e-cn.7-2012-2' && p.text.includes('腐败'));
    expect(await page.locator('#search-paragraphs h2').innerText()).toBe(`段落（${inDoc.length}）`);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('决议')}&body=CND`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    const urls = await page
      .locator('#search-pages a.search-hit-title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/^\/resolutions\/cnd-/);
  });
});

describe('nothing found', () => {
  test('says so clearly', async () => {
    await page.goto(`${server.url}/search/`);
    await search(page, '不存在的词语甲乙丙');
    expect(await page.locator('#search-status').innerText()).toContain('没有找到包含“不存在的词语甲乙丙”的内容');
    expect(await page.locator('#search-paragraphs').isHidden()).toBe(true);
    expect(await page.locator('#search-pages').isHidden()).toBe(true);
  });
});

describe('words matched separately', () => {
  test("a Chinese query no paragraph holds whole falls back to Pagefind's paragraph bundle, said so, landing on paragraphs", async () => {
    // No paragraph holds `恐怖主义腐败`; some hold both words (the test reads the records to be sure).
    const q = '恐怖主义腐败';
    expect(paragraphs.some((p) => p.text.includes(q))).toBe(false);
    expect(paragraphs.some((p) => p.text.includes('恐怖主义') && p.text.includes('腐败'))).toBe(true);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/search/`);
    await search(page, q);
    page.removeAllListeners('request');
    expect(await page.locator('#search-paragraphs h2').innerText()).toContain('按词语分别匹配');
    const hrefs = await page
      .locator('#search-paragraphs li a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs.slice(0, 5)) expect(h).toMatch(/#para-/);
    // The paragraphs come from their own bundle; the pages' bundle holds none.
    expect(fetched.some((u) => u.startsWith('/pagefind/paragraphs/'))).toBe(true);
    // Titled like the exact hits: the symbol and the number the link lands on.
    for (const { title, n } of (await fallbackTitles(page)).slice(0, 5))
      expect(title).toMatch(new RegExp(`^[A-Z]\\S.* 第 ${n.replace(/\./g, '\\.')} 段$`));
  });

  test('in the English interface their titles are English too (`A/76/6 (Sect. 16), para. 16.181`)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const en = await context.newPage();
    await en.goto(`${server.url}/search/?lang=en&q=${encodeURIComponent('恐怖主义腐败')}`);
    await en.waitForFunction(() => document.body.dataset.searchState === 'done');
    const titles = await fallbackTitles(en);
    expect(titles.length).toBeGreaterThan(0);
    for (const { title, n } of titles.slice(0, 5))
      expect(title).toMatch(new RegExp(`^[A-Z][^\\u4e00-\\u9fff]*, para\\. ${n.replace(/\./g, '\\.')}$`));
    await context.close();
  });
});

/** The paragraph results' titles as shown, with the paragraph number each one's link lands on. */
function fallbackTitles(p: Page): Promise<{ title: string; n: string }[]> {
  return p
    .locator('#search-paragraphs a.search-hit-title')
    .evaluateAll((as) =>
      as.map((a) => ({ title: (a as HTMLElement).innerText, n: decodeURIComponent((a as HTMLAnchorElement).hash).replace('#para-', '') })),
    );
}

describe('numbers in the search box', () => {
  const forms: [string, string][] = [
    ['74/247', '/resolutions/ga-resolution-74-247/'],
    ['A/RES/74/247', '/resolutions/ga-resolution-74-247/'],
    ['大会第 74/247 号决议', '/resolutions/ga-resolution-74-247/'],
    ['第74/247号决议', '/resolutions/ga-resolution-74-247/'],
    ['res. 74/247', '/resolutions/ga-resolution-74-247/'],
    ['CND 56/9', '/resolutions/cnd-resolution-56-9/'],
    ['麻醉药品委员会第 56/9 号决议', '/resolutions/cnd-resolution-56-9/'],
    ['72/266 A', '/resolutions/ga-resolution-72-266-a/'],
    ['72/266A', '/resolutions/ga-resolution-72-266-a/'],
    ['2331 (2016)', '/resolutions/sc-resolution-2331-2016/'],
    ['S/RES/2331(2016)', '/resolutions/sc-resolution-2331-2016/'],
    ['E/RES/2017/18', '/resolutions/ecosoc-resolution-2017-18/'],
    ['2022/316', '/resolutions/ecosoc-decision-2022-316/'],
    ['E/CN.7/2022/2', '/documents/e-cn.7-2022-2/'],
    ['E/CN.7/2022/2-E/CN.15/2022/2', '/documents/e-cn.7-2022-2/'],
    ['７４／２４７', '/resolutions/ga-resolution-74-247/'],
    ['  74 /  247 ', '/resolutions/ga-resolution-74-247/'],
  ];

  /**
   * Enter in the header box goes to the form's page. The forms of a resolution or document are all typed on
   * one page: the navigation each Enter starts is caught and stopped (ERR_ABORTED commits nothing, the page
   * stays) and its URL compared, with no page load per form. A place in a document (paragraph, table, figure)
   * is an anchor, which no request carries: those forms land for real, and the anchor is looked for there.
   * Every form of the grammar is checked against the records by tests/unit/lookup.test.ts.
   */
  let box: Page;
  beforeAll(async () => {
    box = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await box.goto(`${server.url}/documents/`);
    await box.route('**/*', (route) =>
      route.request().isNavigationRequest() && route.request().frame() === box.mainFrame() ? route.abort('aborted') : route.continue(),
    );
  });
  afterAll(() => box?.close());

  /** Where Enter sends the reader after typing `input` in the header box. */
  async function enter(input: string): Promise<URL> {
    const field = box.locator('#site-search-q');
    await field.fill(input);
    const navigation = box.waitForRequest((r) => r.isNavigationRequest() && r.frame() === box.mainFrame());
    await field.press('Enter');
    return new URL((await navigation).url());
  }

  test.each(forms)('header box: %s + Enter goes to %s', async (input, url) => {
    expect((await enter(input)).pathname).toBe(url);
  });

  test.each<[string, string]>([
    ['16.36', '#para-16.36'],
    ['第 16.36 段', '#para-16.36'],
    ['A/76/6 (Sect. 16), para. 16.36', '#para-16.36'],
    ['16.263(a)', '#para-16.263'],
    ['表 16.33', '#table-16.33'],
    ['图 16.三', '#figure-16.III'],
  ])('header box: %s + Enter lands on %s', async (input, hash) => {
    await page.goto(`${server.url}/documents/`);
    await page.locator('#site-search-q').fill(input);
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/documents/a-76-6-sect-16/') && u.hash === hash);
    expect(await page.locator(`[id="${hash.slice(1)}"]`).count()).toBe(1);
  });

  test('search page: a recognised number is offered first, above the full-text results; Enter opens it', async () => {
    await page.goto(`${server.url}/search/`);
    await search(page, '74/247');
    const order = await page.locator('#search-results > section:not([hidden])').evaluateAll((s) => s.map((x) => x.id));
    expect(order[0]).toBe('search-lookup');
    expect(await page.locator('#search-lookup a').first().getAttribute('href')).toBe('/resolutions/ga-resolution-74-247/');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL((u) => u.pathname === '/resolutions/ga-resolution-74-247/');
  });

  test('an ambiguous number offers each reading with its title', async () => {
    await page.goto(`${server.url}/search/`);
    await search(page, '48/12');
    const items = page.locator('#search-lookup li');
    expect(await items.count()).toBe(2);
    const text = (await items.allTextContents()).join('\n');
    expect(text).toContain('大会第 48/12 号决议');
    expect(text).toContain('麻醉药品委员会第 48/12 号决议');
    await page.locator('#search-q').press('Enter');
    // Enter does not pick one reading for the delegate.
    expect(new URL(page.url()).pathname).toBe('/search/');
  });
});

describe('keyboard only', () => {
  test('/ focuses the box, Enter searches, arrows reach a result, Enter lands on the paragraph', async () => {
    await page.goto(`${server.url}/documents/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('替代发展');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(/#para-/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(href);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#para-/);
    await expect.poll(() => page.locator('.search-landing mark.search-mark').count()).toBeGreaterThan(0);
  });

  test('Ctrl-K focuses the box from anywhere, even inside another field', async () => {
    await page.goto(`${server.url}/resolutions/`);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.goto(`${server.url}/search/`);
    await page.locator('select[name="kind"]').focus();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  test('"show more" is reachable and moves focus to the new results', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('毒品')}`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    const more = page.locator('#search-paragraphs .search-more');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-paragraphs li.search-hit').count()).toBe(40);
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children.length);
    expect(focused).toBe(40);
  });
});

describe('phone width', () => {
  test('the header box and the results fit 390 px, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
      await phone.goto(`${server.url}/search/?q=${encodeURIComponent('人口贩运')}`);
      await phone.waitForFunction(() => document.body.dataset.searchState === 'done');
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      const box = await phone.locator('#site-search-q').boundingBox();
      expect(box!.width).toBeGreaterThan(150);
      await phone.close();
    }
  });
});
