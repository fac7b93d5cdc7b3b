/**
 * Recall of the built search index, without a browser: for every recall term, the sharded index the build
 * wrote into dist/search/shards/ (read from disk, through the functions the search page runs on the files it
 * fetches: gram buckets, matchShards, answerText, then the text chunks) finds exactly the paragraphs whose
 * text or footnotes hold the term, with the permalink each result links to. The browser test
 * (search.test.ts) draws a sample of these lists in full on the search page and opens their last results.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dist } from './harness.ts';
import { answerText } from '../../core/search/answer.ts';
import { paragraphsContaining, recallTerms } from '../../core/search/recall-terms.ts';
import {
  bucketOf,
  chunksOf,
  decodePosting,
  gramsForTerms,
  hitOf,
  matchShards,
  rowOf,
  type GramBucket,
  type Posting,
  type ShardMeta,
  type TextChunk,
} from '../../core/search/shards.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';

const paragraphs = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/paragraphs.json'), 'utf8')) as Paragraph[];
const shardDir = join(dist, 'search', 'shards');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(shardDir, path), 'utf8')) as T;

/** The permalinks a query's results link to, as the search page computes them from the built files. */
function resultUrls(meta: ShardMeta, query: string): string[] {
  const postings = new Map<string, Posting>();
  for (const g of gramsForTerms([query])) {
    const bucket = readJson<GramBucket>(`g/${bucketOf(g, meta.buckets)}.json`);
    postings.set(g, decodePosting(g, bucket[g] ?? []));
  }
  const refs = answerText((groups, phrases, f) => matchShards(meta, postings, groups, phrases, f), query, null).hits;
  const chunks = new Map(
    chunksOf(
      meta,
      refs.map((r) => r.id),
    ).map((n) => [n, readJson<TextChunk>(`t/${n}.json`)]),
  );
  return refs.map((r) => {
    const row = rowOf(meta, chunks.get(Math.floor(r.id / meta.chunk)) ?? [], r.id);
    return row ? hitOf(r, row).url : `missing text row ${r.id}`;
  });
}

describe('the built search index finds every paragraph holding each recall term', () => {
  test('dist/ holds the sharded index', () => {
    expect(existsSync(join(shardDir, 'meta.json')), 'dist/search/shards/meta.json (npm run build)').toBe(true);
  });
  const meta = existsSync(join(shardDir, 'meta.json')) ? readJson<ShardMeta>('meta.json') : null;

  test.each(recallTerms)('%s', (term) => {
    expect(meta).not.toBeNull();
    const expected = paragraphsContaining(paragraphs, term);
    expect(expected.length, 'the term is in the corpus').toBeGreaterThan(0);
    expect(resultUrls(meta!, term).sort()).toEqual([...expected].sort());
  });
});
