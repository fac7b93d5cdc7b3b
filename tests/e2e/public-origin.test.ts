/**
 * One public origin (README "Deploying"): SITE_URL set at build time makes canonical links, print footers and
 * open-data `url` fields absolute on it; without it they are relative and no placeholder domain is written.
 * dist/ is the build under test (built as `npm run build` leaves it); a second build with SITE_URL goes to a
 * folder of its own, from the same content/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, listFiles, root } from '../support/build-corpus.ts';
import { dist } from './harness.ts';

const ORIGIN = 'https://budget.unodc-reference.test';
/** Domains reserved for examples (RFC 2606) and the placeholder the site once shipped. */
const PLACEHOLDER = /\b(?:[\w-]+\.)*example\.(?:org|com|net)\b|unodc-budget\.example/i;

const work = mkdtempSync(join(tmpdir(), 'public-origin-'));
const withSite = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every text file of a built site whose content matches `re`, with the first match. */
function filesMatching(dir: string, re: RegExp): string[] {
  return listFiles(dir, (rel) => /\.(html|json|csv|js|css|xml|txt)$/.test(rel) && !rel.startsWith('pagefind/')).flatMap((rel) => {
    const m = re.exec(readFileSync(join(dir, rel), 'utf8'));
    return m ? [`${rel}: ${m[0]}`] : [];
  });
}
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

describe('public origin', () => {
  beforeAll(() => {
    const r = buildSite(join(root, 'content'), withSite, join(work, 'cache'), { SITE_URL: ORIGIN });
    if (!r.ok) throw new Error(`astro build with SITE_URL failed:\n${r.output.slice(-3000)}`);
  }, 300_000);

  test('no placeholder domain reaches dist/, built with or without SITE_URL', () => {
    expect(filesMatching(dist, PLACEHOLDER)).toEqual([]);
    expect(filesMatching(withSite, PLACEHOLDER)).toEqual([]);
  });

  test('without SITE_URL: canonical links, print footers and open-data urls are site paths', () => {
    const html = page(dist, 'documents/a-76-6-sect-16/subprogrammes/3/results/2');
    expect(canonical(html)).toBe('/documents/a-76-6-sect-16/subprogrammes/3/results/2/');
    expect(html).not.toContain('data-origin=');
    expect(html).toMatch(/data-print-url="\/documents\/a-76-6-sect-16\/subprogrammes\/3\/results\/2\/">\/documents\//);
    const results = JSON.parse(readFileSync(join(dist, 'data/results.json'), 'utf8')) as { url: string }[];
    expect(results.every((r) => r.url.startsWith('/documents/'))).toBe(true);
  });

  test('with SITE_URL: canonical links, print footers, cite origin and open-data urls are absolute on it', () => {
    const html = page(withSite, 'documents/a-76-6-sect-16/subprogrammes/3/results/2');
    expect(canonical(html)).toBe(`${ORIGIN}/documents/a-76-6-sect-16/subprogrammes/3/results/2/`);
    expect(html).toContain(`data-origin="${ORIGIN}"`);
    expect(html).toContain(`>${ORIGIN}/documents/a-76-6-sect-16/subprogrammes/3/results/2/</span>`);
    const results = JSON.parse(readFileSync(join(withSite, 'data/results.json'), 'utf8')) as { url: string }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.url.startsWith(`${ORIGIN}/documents/`))).toBe(true);
    const csv = readFileSync(join(withSite, 'data/paragraphs.csv'), 'utf8');
    expect(csv).toContain(`${ORIGIN}/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/#para-16.36`);
    // Links inside the site stay relative: the site works on any mirror.
    expect(html).toContain('href="/documents/a-76-6-sect-16/"');
  });
});
