/**
 * A second build from the same seeds, on a public origin, is the first one's bytes with the origin taken out:
 * - determinism: the parse output (content/), the open data (/data/), every HTML page and the scripts come out
 *   the same (the search index: index-determinism.test.ts). The first build is the one the
 *   test command just made (content/ and dist/, with the project's Astro cache); this test makes a second one
 *   in a folder of its own with a fresh cache, so neither can simply reuse the other;
 * - one public origin (README "Deploying"): the second build has SITE_URL, which makes canonical links, print
 *   footers and open-data `url` fields absolute on it; without it (the first build) they are relative and no
 *   placeholder domain is written. That the two builds differ by the origin and nothing else is the
 *   determinism check itself: one extra build checks both (a build takes a core's 20 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, diffTrees, listFiles, parseCorpus, root } from '../support/build-corpus.ts';

const ORIGIN = 'https://budget.unodc-reference.test';
/** Domains reserved for examples (RFC 2606) and the placeholder the site once shipped. */
const PLACEHOLDER = /\b(?:[\w-]+\.)*example\.(?:org|com|net)\b|unodc-budget\.example/i;

const work = mkdtempSync(join(tmpdir(), 'determinism-'));
const seeds = join(root, 'seeds');
/** The test command's build, without SITE_URL. */
const a = { content: join(root, 'content'), dist: process.env.DIST_DIR ?? join(root, 'dist') };
/** The fresh one, on ORIGIN. */
const b = { content: join(work, 'content'), dist: join(work, 'dist') };

afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * What the origin changes in a file: the attribute that names it, the origin before site paths, and the sizes
 * the open-data page states for its files (absolute `url` fields make them larger).
 */
const withoutOrigin = (text: string) =>
  text
    .replaceAll(` data-origin="${ORIGIN}"`, '')
    .replaceAll(`${ORIGIN}/`, '/')
    .replace(/<span class="muted">\d+(?:\.\d+)? [KM]?B<\/span>/g, '<span class="muted">(size)</span>');
const sameButOrigin = (bytesA: Buffer, bytesB: Buffer) =>
  bytesA.equals(bytesB) || withoutOrigin(bytesA.toString('utf8')) === withoutOrigin(bytesB.toString('utf8'));

/** Every text file of a built site whose content matches `re`, with the first match. */
function filesMatching(dir: string, re: RegExp): string[] {
  return listFiles(dir, (rel) => /\.(html|json|csv|js|css|xml|txt)$/.test(rel) && !rel.startsWith('pagefind/')).flatMap((rel) => {
    const m = re.exec(readFileSync(join(dir, rel), 'utf8'));
    return m ? [`${rel}: ${m[0]}`] : [];
  });
}
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const RESULT = 'documents/a-76-6-sect-16/subprogrammes/3/results/2';

describe('a second build', () => {
  beforeAll(() => {
    if (!existsSync(join(a.dist, 'pagefind')) || !existsSync(join(a.content, 'report.json'))) {
      throw new Error('content/ and dist/ with its search index are not built: run `npm run build` first (npm test does)');
    }
    const p = parseCorpus(seeds, b.content);
    if (!p.ok) throw new Error(`parse failed:\n${p.output.slice(-3000)}`);
    const r = buildSite(b.content, b.dist, join(work, 'cache'), { SITE_URL: ORIGIN });
    if (!r.ok) throw new Error(`astro build with SITE_URL failed:\n${r.output.slice(-3000)}`);
  }, 300_000);

  it('parses the seeds again into byte-identical collections', () => {
    const files = listFiles(b.content);
    expect(files).toContain('paragraphs.json');
    expect(files).toContain('report.json');
    expect(diffTrees(a.content, b.content)).toEqual([]);
  });

  it('builds the site again into the same HTML, scripts and open data, but for the origin', () => {
    const compared = (rel: string) => rel.endsWith('.html') || rel.startsWith('data/') || rel.startsWith('_astro/');
    const files = listFiles(b.dist).filter(compared);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    expect(files).toContain('data/index.json');
    expect(files).toContain('data/paragraphs.csv');
    expect(diffTrees(a.dist, b.dist, compared, sameButOrigin)).toEqual([]);
  });
});

describe('public origin', () => {
  it('no placeholder domain reaches dist/, built with or without SITE_URL', () => {
    expect(filesMatching(a.dist, PLACEHOLDER)).toEqual([]);
    expect(filesMatching(b.dist, PLACEHOLDER)).toEqual([]);
  });

  it('without SITE_URL: canonical links, print footers and open-data urls are site paths', () => {
    const html = page(a.dist, RESULT);
    expect(canonical(html)).toBe(`/${RESULT}/`);
    expect(html).not.toContain('data-origin=');
    expect(html).toContain(`<span data-print-url="/${RESULT}/">/${RESULT}/</span>`);
    const results = JSON.parse(readFileSync(join(a.dist, 'data/results.json'), 'utf8')) as { url: string }[];
    expect(results.every((r) => r.url.startsWith('/documents/'))).toBe(true);
  });

  it('with SITE_URL: canonical links, print footers, cite origin and open-data urls are absolute on it', () => {
    const html = page(b.dist, RESULT);
    expect(canonical(html)).toBe(`${ORIGIN}/${RESULT}/`);
    expect(html).toContain(`data-origin="${ORIGIN}"`);
    expect(html).toContain(`>${ORIGIN}/${RESULT}/</span>`);
    const results = JSON.parse(readFileSync(join(b.dist, 'data/results.json'), 'utf8')) as { url: string }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.url.startsWith(`${ORIGIN}/documents/`))).toBe(true);
    const csv = readFileSync(join(b.dist, 'data/paragraphs.csv'), 'utf8');
    expect(csv).toContain(`${ORIGIN}/documents/a-76-6-sect-16/chapters/part-a-programme-of-work/#para-16.36`);
    // Links inside the site stay relative: the site works on any mirror.
    expect(html).toContain('href="/documents/a-76-6-sect-16/"');
  });
});
