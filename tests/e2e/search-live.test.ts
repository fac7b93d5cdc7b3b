/**
 * The header's live search in headless chromium against dist/: a WAI-ARIA combobox with a listbox (numbers
 * first with every reading, then paragraphs, where a recognised number is cited or pages, and a last row to the search page), by keyboard, on a
 * 390 px phone as a full-screen panel, with English queries mapped to the Chinese terms; the data is
 * fetched on first focus only. Also the search page's English notice and its precision on pages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Resolution } from '../../core/schemas/resolution.ts';
import { launchBrowser, serveDist } from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const box = (p: Page) => p.locator('#site-search-q');

/** Types `q` in the header box (opened with `/`) and waits for the live results, pages included. */
async function typeLive(p: Page, q: string): Promise<void> {
  await p.keyboard.press('/');
  await p.keyboard.type(q);
  await p.waitForFunction((q) => {
    const f = document.querySelector<HTMLElement>('[data-site-search]');
    return f?.dataset.searchState === 'done' && document.querySelector<HTMLInputElement>('#site-search-q')?.value === q;
  }, q);
}

/**
 * Fills the header box with `q` at once on a fresh `/documents/` page and waits for the live results, pages included
 * (asked for, if at all, after the typing pause); returns the paths the page fetched meanwhile.
 */
async function fillLive(p: Page, q: string): Promise<string[]> {
  const fetched: string[] = [];
  p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await p.goto(`${server.url}/documents/`);
  await box(p).fill(q);
  await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-site-search]')?.dataset.searchState === 'done');
  p.removeAllListeners('request');
  return fetched;
}

const optionTexts = (p: Page, group: string) => p.locator(`#site-search-list .site-search-${group}`).allTextContents();

describe('header combobox by keyboard', () => {
  test('the data is fetched on first focus, not with the page', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/documents/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => /\/search\/shards\/|table\.json|terms\.json|pagefind/.test(u))).toEqual([]);
    await box(page).focus();
    await expect.poll(() => fetched.filter((u) => /shards\/meta\.json|terms\.json|table\.json/.test(u)).length).toBe(3);
    // The paragraph index is sharded: no gram bucket or text chunk before a query, only those a query needs after.
    expect(fetched.filter((u) => /\/search\/shards\/[gt]\//.test(u))).toEqual([]);
    await box(page).fill('替代发展');
    await expect.poll(() => page.locator('#site-search-list .site-search-paragraphs mark').count()).toBeGreaterThan(0);
    const grams = fetched.filter((u) => /\/search\/shards\/g\//.test(u));
    expect(grams.length).toBeGreaterThan(0);
    expect(grams.length).toBeLessThanOrEqual(2);
    await box(page).fill('');
    page.removeAllListeners('request');
  });

  test('roles and states follow the APG combobox pattern', async () => {
    await page.goto(`${server.url}/documents/`);
    const input = box(page);
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-controls')).toBe('site-search-list');
    expect(await input.getAttribute('aria-autocomplete')).toBe('list');
    await typeLive(page, '9/1');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#site-search-list').getAttribute('role')).toBe('listbox');
    const axe = await new AxeBuilder({ page }).include('[data-site-search]').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('an ambiguous number comes first with every reading and its title; arrows and Enter open one', async () => {
    await page.goto(`${server.url}/documents/`);
    await typeLive(page, '9/1');
    const numbers = await optionTexts(page, 'number');
    expect(numbers).toHaveLength(2);
    expect(numbers.join('\n')).toContain('联合国打击跨国有组织犯罪公约缔约方会议第 9/1 号决议');
    expect(numbers.join('\n')).toContain('联合国反腐败公约缔约国会议第 9/1 号决议');
    const first = await page.locator('#site-search-list [role="option"]').first().getAttribute('class');
    expect(first).toContain('site-search-number');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await box(page).getAttribute('aria-activedescendant');
    const chosen = page.locator(`#${active!}`);
    expect(await chosen.getAttribute('aria-selected')).toBe('true');
    const href = await chosen.getAttribute('data-href');
    expect(href).toMatch(/^\/resolutions\/.*9-1\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
  });

  test('a recognised resolution lists where it is cited, each place landing on its anchor, with no Pagefind request', async () => {
    // The places a paragraph result does not show: mandate entries, table rows, footnotes, blocks (from the records).
    const resolutions = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/resolutions.json'), 'utf8')) as Resolution[];
    const cited = resolutions.find((r) => r.id === 'ga-resolution-74-247')!.citations.filter((c) => c.precision !== 'paragraph');
    expect(cited.length).toBeGreaterThan(0);
    const fetched = await fillLive(page, '74/247');
    const hrefs = await page
      .locator('#site-search-list .site-search-cited')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.href!));
    expect(hrefs.map((h) => h.split('#')[1])).toEqual(expect.arrayContaining(cited.slice(0, 4).map((c) => c.url.split('#')[1])));
    expect(await page.locator('#site-search-list [role="group"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))).toEqual(
      ['编号', '段落', '引用之处'],
    );
    expect(fetched.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    expect(fetched).toContain('/search/cited/resolutions/ga-resolution-74-247.json');
    const target = hrefs.find((h) => h.includes('#mandate-'))!;
    await page.locator(`#site-search-list [data-href="${target}"]`).click();
    const id = target.split('#')[1]!;
    await page.waitForURL((u) => u.hash === `#${id}`);
    await expect
      .poll(() =>
        page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top >= -1 && el.getBoundingClientRect().top < innerHeight),
      )
      .toBe(true);
  });

  test('a number the corpus does not hold (`74/24`, on the way to `74/247`) reads no Pagefind: a page could hold it only inside a longer one', async () => {
    const fetched = await fillLive(page, '74/24');
    expect(await page.locator('#site-search-list .site-search-pages').count()).toBe(0);
    expect(fetched.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
  });

  test("a corpus document's symbol comes first, with the places citing it (its own small file), not Pagefind's pages", async () => {
    const fetched = await fillLive(page, 'E/CN.7/2022/2');
    const first = page.locator('#site-search-list .site-search-number').first();
    expect(await first.getAttribute('data-href')).toBe('/documents/e-cn.7-2022-2/');
    expect(fetched).toContain('/search/cited/documents/e-cn.7-2022-2.json');
    expect(fetched.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
  });

  test("Pagefind's pages wait for a pause in typing: a key typed before it leaves the earlier query's pages unasked", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    // A fake clock: the pause elapses only when the test says so, whatever the machine's load.
    await p.clock.install();
    const fetched: string[] = [];
    p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}/documents/`);
    await p.clock.pauseAt(Date.now() + 1000);
    const state = () => p.evaluate(() => document.querySelector<HTMLElement>('[data-site-search]')?.dataset.searchState);
    await box(p).fill('腐');
    await expect.poll(state).toBe('paragraphs');
    await box(p).fill('腐败');
    await expect.poll(state).toBe('paragraphs');
    expect(fetched.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    await p.clock.runFor(300);
    await expect.poll(state).toBe('done');
    expect(fetched.filter((u) => u.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    expect(await optionTexts(p, 'pages')).not.toEqual([]);
    await context.close();
  });

  test('paragraphs come with their context and the terms marked; the last row opens the search page', async () => {
    await page.goto(`${server.url}/documents/`);
    await typeLive(page, '替代发展');
    expect(await page.locator('#site-search-list .site-search-paragraphs mark').first().textContent()).toBe('替代发展');
    const all = page.locator('#site-search-list [role="option"]').last();
    expect(await all.getAttribute('class')).toContain('site-search-all');
    await page.keyboard.press('ArrowUp');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await all.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === '替代发展');
  });

  test('Escape closes the list, a second Escape clears the box; Ctrl-K opens it again', async () => {
    await page.goto(`${server.url}/resolutions/`);
    await typeLive(page, '腐败');
    await page.keyboard.press('Escape');
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-search-popup]').isHidden()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await box(page).inputValue()).toBe('');
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  });
});

describe('English queries', () => {
  test('corruption, Colombia and human trafficking find the Chinese text and say what was searched', async () => {
    for (const [en, zh] of [
      ['corruption', '腐败'],
      ['Colombia', '哥伦比亚'],
      ['human trafficking', '人口贩运'],
    ]) {
      await page.goto(`${server.url}/documents/`);
      await typeLive(page, en!);
      expect(await page.locator('[data-search-note]').textContent()).toContain(`“${zh!}”`);
      const marks = await page.locator('#site-search-list .site-search-paragraphs mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(new Set(marks)).toEqual(new Set([zh]));
    }
  });

  test('an English word the term list does not hold says so and suggests Chinese', async () => {
    await page.goto(`${server.url}/documents/`);
    await typeLive(page, 'zyzzyva');
    expect(await page.locator('[data-search-note]').textContent()).toContain('请用中文词语搜索');
    expect(await optionTexts(page, 'paragraphs')).toEqual([]);
  });

  test('the placeholder fits the desktop box in either language, left of the / key hint', async () => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${server.url}/documents/?lang=${lang}`);
      const fit = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
        const key = document.querySelector<HTMLElement>('.site-search-key')!;
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        const box = input.getBoundingClientRect();
        const textEnd = box.left + parseFloat(style.paddingLeft) + ctx.measureText(input.placeholder).width;
        return { placeholder: input.placeholder, textEnd, keyLeft: key.getBoundingClientRect().left };
      });
      expect(fit.textEnd, `${lang} "${fit.placeholder}"`).toBeLessThanOrEqual(fit.keyLeft);
    }
  });

  test('under the English interface the notice is in English, the Chinese term marked as document text', async () => {
    await page.goto(`${server.url}/documents/?lang=en`);
    await typeLive(page, 'Colombia');
    const note = page.locator('[data-search-note]');
    expect(await note.textContent()).toContain('searched as Chinese');
    expect(await note.locator('[data-doc-text]').textContent()).toBe('哥伦比亚');
  });

  test('search page: an English query says what it searched; no paragraph is found for a letter in "(c)"', async () => {
    await page.goto(`${server.url}/search/?q=Colombia`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    expect(await page.locator('#search-english').textContent()).toContain('哥伦比亚');
    const excerpts = await page.locator('#search-paragraphs .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e).toContain('哥伦比亚');
  });

  test('search page: a number keeps only pages holding it whole (no word-by-word 9 and 1)', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('9/1')}`);
    await page.waitForFunction(() => document.body.dataset.searchState === 'done');
    const heading = await page.locator('#search-pages h2').textContent();
    const n = Number(/（(\d+)）/.exec(heading ?? '')?.[1] ?? 'NaN');
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(20);
  });
});

describe('on a phone', () => {
  test('390 px: the box opens as a full-screen panel with the results; the close button closes it', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
      await phone.goto(`${server.url}/documents/`);
      await box(phone)
        .tap()
        .catch(() => box(phone).click());
      await phone.keyboard.type('人口贩运');
      await phone.waitForFunction(() => document.querySelector<HTMLElement>('[data-site-search]')?.dataset.searchState === 'done');
      const panel = await phone.locator('[data-site-search]').boundingBox();
      expect(panel).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
      expect(await phone.locator('#site-search-list [role="option"]').count()).toBeGreaterThan(3);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await phone.locator('[data-search-close]').click();
      expect(await phone.locator('[data-site-search]').getAttribute('class')).not.toContain('site-search-open');
      expect(await box(phone).getAttribute('aria-expanded')).toBe('false');
      await phone.close();
    }
  });
});
