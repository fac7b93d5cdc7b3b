/**
 * The English interface: every page type, with the UI switched to English, shows no Chinese outside document text.
 *
 * What counts as document text is marked in the HTML, not guessed here: text quoted from the source documents
 * (paragraphs, footnotes, titles, table cells, resolution titles) sits inside `[data-doc-text]`. Everything else
 * is chrome and must be English: text nodes (also in hidden elements that scripts may show, and in open or
 * closed <details>), and the attributes a reader meets (aria-label, title, placeholder, alt). A bilingual pair
 * (`.i18n`) is chrome even inside document text; its Chinese half must be hidden. The language switch names
 * the other language in that language (中文), as language pickers do.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './harness.ts';
import { builtPages } from './site-files.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { try { localStorage.setItem('ui-lang', 'en'); } catch { /* opaque origin */ } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** One page of each type, found among the built pages (so the list follows the corpus, not this file). */
function pageTypes(): [string, string][] {
  const paths = builtPages().map((p) => p.path);
  const first = (re: RegExp) => {
    const hit = paths.find((p) => re.test(p));
    if (!hit) throw new Error(`no built page matches ${re}`);
    return hit;
  };
  const documents = paths.filter((p) => /^\/documents\/[^/]+\/$/.test(p));
  return [
    ['overview', '/'],
    ['document index', '/documents/'],
    ...documents.map((d): [string, string] => [`document ${d}`, d]),
    ['subprogramme', first(/^\/documents\/[^/]+\/subprogrammes\/\d+\/$/)],
    ['component', first(/^\/documents\/[^/]+\/subprogrammes\/\d+\.\d+\/$/)],
    ['result', first(/\/results\/\d+\/$/)],
    ['emerging result', first(/\/results\/emerging\/$/)],
    ['charts', first(/^\/charts\/[^/]+\/$/)],
    ['resolution index', '/resolutions/'],
    ['resolution', first(/^\/resolutions\/ga-resolution-[^/]+\/$/)],
    ['decision', first(/^\/resolutions\/[^/]+-decision-[^/]+\/$/)],
    ['symbol index', '/symbols/'],
    ['symbol', first(/^\/symbols\/[^/]+\/$/)],
    ['source issues', '/source-issues/'],
    ['open data', '/data/'],
    ['search with results', '/search/?q=%E8%85%90%E8%B4%A5'],
    ['search without results', '/search/?q=zzzzqqq'],
    ['lookup, ambiguous', '/lookup/?q=9/1'],
    ['lookup, not in the corpus', '/lookup/?q=99/999'],
    ['lookup, empty', '/lookup/'],
    ['404', '/no-such-page/'],
  ];
}

interface Leak { where: string; text: string }

/** Chinese (CJK ideographs, CJK and full-width punctuation) shown as chrome on the page, with where it is. */
function chineseChrome(page: Page): Promise<Leak[]> {
  return page.evaluate(() => {
    const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    const skip = 'script, style, noscript, template';
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.classList.length ? `.${[...e.classList].join('.')}` : ''));
      return parts.join(' > ');
    };
    /** Document text, the hidden half of a pair, or the switch: the nearest marker decides. */
    const exempt = (el: Element) => {
      if (el.closest(skip)) return true;
      const zh = el.closest('.i18n > .zh');
      if (zh && getComputedStyle(zh).display === 'none') return true;
      const marker = el.closest('[data-doc-text], .i18n, [data-lang-switch]');
      return marker !== null && !marker.classList.contains('i18n');
    };
    const leaks: { where: string; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (cjk.test(n.nodeValue ?? '') && !exempt(el)) leaks.push({ where: where(el), text: (n.nodeValue ?? '').trim().slice(0, 80) });
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest(skip) || el.closest('[data-lang-switch]')) continue;
      const translated = (el.getAttribute('data-i18n-attrs') ?? '').split(' ');
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(name);
        if (!value || !cjk.test(value)) continue;
        // A title quoted from a document (a resolution's title on its link) is document text.
        if (el.closest('[data-doc-text]') && !translated.includes(name)) continue;
        leaks.push({ where: `${where(el)} @${name}`, text: value.slice(0, 80) });
      }
    }
    return leaks;
  });
}

describe('the English interface', () => {
  for (const [name, path] of pageTypes()) {
    test(`${name} (${path}) shows no Chinese outside document text`, async () => {
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBe('en');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      // Open everything folded, so what a reader can unfold is checked too.
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
      const leaks = await chineseChrome(page);
      await page.close();
      expect(leaks, leaks.map((l) => `${l.where}: ${l.text}`).join('\n')).toEqual([]);
    });
  }
});

describe('the language choice', () => {
  test('a shared ?lang=en link sets English and remembers it; the switch keeps the URL in step', async () => {
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    await page.goto(site.url + '/resolutions/?body=CND&q=56/9&lang=en', { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBe('en');
    expect(await page.title()).toContain('UNODC Budget Reference');
    await page.goto(site.url + '/documents/');
    expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBe('en');

    await page.locator('[data-lang-switch]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBeUndefined();
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(await page.locator('[data-lang-switch]').getAttribute('aria-label')).toBe('切换到英文界面');
    await page.locator('[data-lang-switch]').click();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('[data-lang-switch]').getAttribute('aria-label')).toBe('Switch to the Chinese interface');
    expect(await page.locator('h1').innerText()).not.toMatch(/[\u4e00-\u9fff]/);

    await page.goto(site.url + '/documents/?lang=zh');
    expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBeUndefined();
    await page.goto(site.url + '/documents/');
    expect(await page.evaluate(() => document.documentElement.dataset.ui)).toBeUndefined();
    await fresh.close();
  });
});
