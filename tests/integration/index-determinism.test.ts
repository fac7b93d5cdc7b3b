/**
 * The search index is deterministic: the pages of the test command's build (dist/), indexed again in a folder of
 * their own, give the same Pagefind and paragraph-shard bytes. (The second build of determinism.test.ts cannot
 * serve here: its pages differ by the origin, and the open-data page's sizes are indexed text.) A file of its
 * own, so that it runs beside that test's build instead of after it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { diffTrees, indexSite, listFiles, root } from '../support/build-corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'index-determinism-'));
const content = join(root, 'content');
const dist = process.env.DIST_DIR ?? join(root, 'dist');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the search index', () => {
  it('comes out byte for byte the same when the same pages are indexed again', () => {
    if (!existsSync(join(dist, 'pagefind')))
      throw new Error('dist/ with its search index is not built: run `npm run build` first (npm test does)');
    const again = join(work, 'again');
    const index = (rel: string) => rel.startsWith('pagefind/') || rel.startsWith('search/shards/');
    cpSync(dist, again, { recursive: true, filter: (from) => !index(relative(dist, from).split(sep).join('/')) });
    const r = indexSite(content, again);
    if (!r.ok) throw new Error(`search index failed:\n${r.output.slice(-3000)}`);
    expect(listFiles(again, index).length).toBeGreaterThan(10);
    expect(diffTrees(dist, again, index)).toEqual([]);
  }, 120_000);
});
