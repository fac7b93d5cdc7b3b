/**
 * Every citation lands on its spot: the `url` of each citation (resolutions and cited symbols, as published
 * in /data/) names an element id on its built page, and no citation links to a page's top. The pages that
 * list citations say where in words, never as a source line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dist } from './harness.ts';
import { builtPages } from './site-files.ts';

interface PublishedCitation {
  url: string;
  precision: string;
  document: string;
}
const data = (name: string) =>
  JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as { id: string; citations: PublishedCitation[] }[];

describe('citation URLs', () => {
  const pages = new Map(builtPages().map((p) => [p.path, p]));
  const citations = [...data('resolutions'), ...data('citedDocuments')].flatMap((r) => r.citations.map((c) => ({ owner: r.id, ...c })));

  test('the corpus has citations of every kind of place', () => {
    const precisions = new Set(citations.map((c) => c.precision));
    for (const p of ['paragraph', 'footnote', 'table-row', 'mandate-entry', 'front-matter']) expect(precisions).toContain(p);
  });

  test("every citation's url resolves to an element id on its page", () => {
    const broken: string[] = [];
    for (const c of citations) {
      const [path, anchor] = c.url.split('#');
      const page = pages.get(path!);
      if (!anchor) broken.push(`${c.owner}: ${c.url} (no anchor: the page's top)`);
      else if (!page) broken.push(`${c.owner}: ${c.url} (no such page)`);
      else if (!page.ids.has(decodeURIComponent(anchor))) broken.push(`${c.owner}: ${c.url} (no element #${anchor})`);
    }
    expect(broken).toEqual([]);
  });

  test('resolution and symbol pages name places, never source lines', () => {
    const offending: string[] = [];
    for (const [path] of pages) {
      if (!/^\/(resolutions|symbols)\/[^/]+\/$/.test(path)) continue;
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');
      if (/第\s*\d+\s*行/.test(text)) offending.push(path);
    }
    expect(offending).toEqual([]);
  });
});
