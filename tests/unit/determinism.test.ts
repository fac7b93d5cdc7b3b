/**
 * Two builds from the same seeds are the same bytes: the parse output (content/), the open data (/data/)
 * and every HTML page. Each build runs in a folder of its own with a fresh Astro cache, so the second
 * cannot simply reuse the first. Cost on the 2-core machine: ~2 s for the two parses, ~10 s for the two
 * Astro builds, ~5 s for the two search indexes (measured; see BENCHMARKS.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, diffTrees, indexSite, listFiles, parseCorpus, root } from '../../scripts/bench/build-corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'determinism-'));
const seeds = join(root, 'seeds');
const a = join(work, 'a');
const b = join(work, 'b');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('determinism', () => {
  beforeAll(() => {
    for (const dir of [a, b]) {
      const p = parseCorpus(seeds, join(dir, 'content'));
      if (!p.ok) throw new Error(`parse failed:\n${p.output.slice(-3000)}`);
    }
  }, 120_000);

  it('parses the seeds twice into byte-identical collections', () => {
    const files = listFiles(join(a, 'content'));
    expect(files).toContain('paragraphs.json');
    expect(files).toContain('report.json');
    expect(diffTrees(join(a, 'content'), join(b, 'content'))).toEqual([]);
  });

  it('builds the site twice into identical HTML and open data', () => {
    for (const dir of [a, b]) {
      const r = buildSite(join(dir, 'content'), join(dir, 'dist'), join(dir, 'cache'));
      if (!r.ok) throw new Error(`astro build failed:\n${r.output.slice(-3000)}`);
    }
    const compared = (rel: string) => rel.endsWith('.html') || rel.startsWith('data/') || rel.startsWith('_astro/');
    const files = listFiles(join(a, 'dist')).filter(compared);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    expect(files).toContain('data/index.json');
    expect(files).toContain('data/paragraphs.csv');
    const diffs = diffTrees(join(a, 'dist'), join(b, 'dist'), compared);
    expect(diffs).toEqual([]);
  }, 180_000);

  it('indexes the two builds into identical search indexes', () => {
    for (const dir of [a, b]) {
      const r = indexSite(join(dir, 'content'), join(dir, 'dist'));
      if (!r.ok) throw new Error(`search index failed:\n${r.output.slice(-3000)}`);
    }
    const inIndex = (rel: string) => rel.startsWith('pagefind/');
    expect(listFiles(join(a, 'dist'), inIndex).length).toBeGreaterThan(10);
    expect(diffTrees(join(a, 'dist'), join(b, 'dist'), inIndex)).toEqual([]);
  }, 120_000);
});
