/**
 * Two builds from the same seeds are the same bytes: the parse output (content/), the open data (/data/),
 * every HTML page and the search index. The first build is the one the test command just made (content/
 * and dist/, with the project's Astro cache); this test makes a second one in a folder of its own with a
 * fresh cache, so neither can simply reuse the other. One extra build instead of two keeps the suite short
 * and compares a cached build with an uncached one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, diffTrees, indexSite, listFiles, parseCorpus, root } from '../support/build-corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'determinism-'));
const seeds = join(root, 'seeds');
/** The test command's build. */
const a = { content: join(root, 'content'), dist: process.env.DIST_DIR ?? join(root, 'dist') };
/** The fresh one. */
const b = { content: join(work, 'content'), dist: join(work, 'dist') };

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('determinism', () => {
  beforeAll(() => {
    if (!existsSync(join(a.dist, 'pagefind')) || !existsSync(join(a.content, 'report.json'))) {
      throw new Error('content/ and dist/ with its search index are not built: run `npm run build` first (npm test does)');
    }
    const p = parseCorpus(seeds, b.content);
    if (!p.ok) throw new Error(`parse failed:\n${p.output.slice(-3000)}`);
  }, 120_000);

  it('parses the seeds again into byte-identical collections', () => {
    const files = listFiles(b.content);
    expect(files).toContain('paragraphs.json');
    expect(files).toContain('report.json');
    expect(diffTrees(a.content, b.content)).toEqual([]);
  });

  it('builds the site again into identical HTML and open data', () => {
    const r = buildSite(b.content, b.dist, join(work, 'cache'));
    if (!r.ok) throw new Error(`astro build failed:\n${r.output.slice(-3000)}`);
    const compared = (rel: string) => rel.endsWith('.html') || rel.startsWith('data/') || rel.startsWith('_astro/');
    const files = listFiles(b.dist).filter(compared);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    expect(files).toContain('data/index.json');
    expect(files).toContain('data/paragraphs.csv');
    expect(diffTrees(a.dist, b.dist, compared)).toEqual([]);
  }, 180_000);

  it('indexes the build again into an identical search index', () => {
    const r = indexSite(b.content, b.dist);
    if (!r.ok) throw new Error(`search index failed:\n${r.output.slice(-3000)}`);
    const inIndex = (rel: string) => rel.startsWith('pagefind/');
    expect(listFiles(b.dist, inIndex).length).toBeGreaterThan(10);
    expect(diffTrees(a.dist, b.dist, inIndex)).toEqual([]);
  }, 120_000);
});
