/**
 * Text in a seed that looks like HTML or script is shown as text, never run. A hostile copy of two real
 * seeds (paragraph text and a table cell carrying `<script>alert(1)</script>`, `<img src=x onerror=…>` and a
 * `javascript:` markdown link) is parsed and built into a temp folder with its search index; chromium
 * opens every page that carries it, and the search, and no dialog may open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/harness.ts';
import { buildSite, indexSite, parseCorpus, root } from '../support/build-corpus.ts';
import { HOSTILE, writeHostileCorpus, type HostileInsertion } from '../support/hostile.ts';
import { auditHtml } from '../support/html-audit.ts';
import { serveFolder, type Served } from '../support/serve.ts';

const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const dist = join(work, 'dist');
let insertions: HostileInsertion[] = [];
let browser: Browser;
let server: Served;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}
const urlOf = (file: string) =>
  `/${relative(dist, file)
    .split('\\')
    .join('/')
    .replace(/index\.html$/, '')}`;

beforeAll(async () => {
  insertions = writeHostileCorpus(join(root, 'seeds'), join(work, 'seeds'));
  const steps = [
    () => parseCorpus(join(work, 'seeds'), join(work, 'content')),
    () => buildSite(join(work, 'content'), dist, join(work, 'cache')),
    () => indexSite(join(work, 'content'), dist),
  ];
  for (const step of steps) {
    const r = step();
    if (!r.ok) throw new Error(`hostile build failed:\n${r.output.slice(-3000)}`);
  }
  server = await serveFolder(dist);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('hostile text in the seeds', () => {
  it('went into paragraph text and a table cell', () => {
    expect(insertions.map((i) => i.where).sort()).toEqual(expect.arrayContaining(['paragraph', 'table-cell']));
  });

  it('leaves no script, handler or javascript: URL in the built HTML', () => {
    const pages = htmlFiles(dist);
    const carrying = pages.filter((f) => readFileSync(f, 'utf8').includes('alert(1)'));
    expect(carrying.length, 'pages that show the hostile text').toBeGreaterThan(0);
    for (const f of pages) {
      const audit = auditHtml(readFileSync(f, 'utf8'));
      expect(audit.handlers, urlOf(f)).toEqual([]);
      expect(audit.javascriptUrls, urlOf(f)).toEqual([]);
    }
    // Escaped in the source, the markup is text: parse5 finds no <script> or <img> built from it.
    for (const f of carrying) {
      const html = readFileSync(f, 'utf8');
      expect(html, urlOf(f)).not.toContain(HOSTILE.script);
      expect(html, urlOf(f)).not.toContain(HOSTILE.img);
    }
  });

  it('shows the text literally in chromium and runs none of it', async () => {
    const carrying = htmlFiles(dist)
      .filter((f) => readFileSync(f, 'utf8').includes('alert(1)'))
      .map(urlOf);
    const dialogs: string[] = [];
    const problems: string[] = [];
    let literal = 0;
    const page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.message()}`);
      void d.dismiss();
    });
    for (const path of carrying) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      const found = await page.evaluate(() => ({
        text: document.body.innerText,
        jsHrefs: [...document.querySelectorAll('[href], [src], [action]')].filter((e) =>
          /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? ''),
        ).length,
        badImgs: document.querySelectorAll('img[onerror], img[src="x"]').length,
        alertScripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length,
      }));
      if (found.jsHrefs || found.badImgs || found.alertScripts)
        problems.push(`${path}: ${JSON.stringify(found, (k, v: unknown) => (k === 'text' ? undefined : v))}`);
      if (found.text.includes(HOSTILE.script) && found.text.includes(HOSTILE.img)) literal++;
    }
    expect(problems).toEqual([]);
    expect(literal, 'pages showing <script>… and <img …> as text').toBeGreaterThan(0);
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('keeps search results inert when they quote the hostile text', async () => {
    const dialogs: string[] = [];
    const page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/search/`);
    await page.fill('#search-q', 'alert');
    await page.locator('#search-paragraphs li, #search-pages li').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.evaluate(() => ({
      text: document.querySelector('#search-results')?.textContent ?? '',
      imgs: document.querySelectorAll('#search-results img').length,
      scripts: document.querySelectorAll('#search-results script').length,
    }));
    expect(results.imgs).toBe(0);
    expect(results.scripts).toBe(0);
    expect(results.text).toContain('alert(1)');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
