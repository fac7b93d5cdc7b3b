/**
 * The sharded exact-substring index (core/search/shards.ts): built from the real collections, read back
 * through only the buckets a query needs, it answers exactly as the whole-table pass does — same
 * paragraphs, scores, whole-query flags and order — on every recall term, every precision query, English
 * queries and filters; plus the format's edge cases on a small table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { answerText, termsToMatch } from '../../core/search/answer.ts';
import { termList } from '../../core/search/country-terms.ts';
import { buildTermIndex } from '../../core/search/terms-en.ts';
import { precisionQueries } from '../../core/search/precision-queries.ts';
import { englishRecallTerms, recallTerms } from '../../core/search/recall-terms.ts';
import { buildParagraphTable, matchParagraphs, queryTerms, type ParagraphFilter, type ParagraphHit } from '../../core/search/text.ts';
import {
  bucketOf,
  buildShards,
  chunksOf,
  decodePosting,
  gramsForTerms,
  gramsOfText,
  hitOf,
  matchShards,
  planTerm,
  rowOf,
  type Posting,
  type Shards,
} from '../../core/search/shards.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import type { DocumentRecord } from '../../core/schemas/document.ts';

const content = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content', `${name}.json`), 'utf8'));
const paragraphs = content('paragraphs') as Paragraph[];
const documents = content('documents') as DocumentRecord[];
const table = buildParagraphTable(documents, paragraphs);
const shards = buildShards(documents, paragraphs);
const index = buildTermIndex(termList());

/** What the browser does: fetch only the buckets of the grams the terms need, decode only those grams. */
function fetchGrams(s: Shards, terms: string[]): { postings: Map<string, Posting>; buckets: Set<number> } {
  const postings = new Map<string, Posting>();
  const buckets = new Set<number>();
  for (const g of gramsForTerms(terms)) {
    const b = bucketOf(g, s.meta.buckets);
    buckets.add(b);
    const data = s.buckets[b]![g];
    if (data) postings.set(g, decodePosting(g, data));
  }
  return { postings, buckets };
}

function shardAnswer(s: Shards, query: string, filter: ParagraphFilter = {}) {
  const { postings } = fetchGrams(s, termsToMatch(query, index));
  return answerText((groups, phrases, f) => matchShards(s.meta, postings, groups, phrases, f), query, index, filter);
}

/** The refs made full hits from their chunks, as the page shows them. */
function hydrate(s: Shards, refs: ReturnType<typeof shardAnswer>['hits']): ParagraphHit[] {
  return refs.map((r) => {
    expect(chunksOf(s.meta, [r.id])).toHaveLength(1);
    return hitOf(r, rowOf(s.meta, s.chunks[chunksOf(s.meta, [r.id])[0]!]!, r.id)!);
  });
}

const summary = (hits: ParagraphHit[]) => hits.map((h) => [h.url, h.score, h.whole, h.text.length]);

describe('the sharded pass answers as the whole table does', () => {
  test.each([...recallTerms, ...precisionQueries.map((q) => q.query)])('%s', (query) => {
    const full = answerText(table, query, index);
    const sharded = shardAnswer(shards, query);
    expect(summary(hydrate(shards, sharded.hits))).toEqual(summary(full.hits));
    expect(sharded.marks).toEqual(full.marks);
  });

  test.each(englishRecallTerms.map(([en]) => en))('English: %s', (query) => {
    expect(summary(hydrate(shards, shardAnswer(shards, query).hits))).toEqual(summary(answerText(table, query, index).hits));
  });

  test('filters by document and subprogramme', () => {
    const doc = documents.find((d) => paragraphs.some((p) => p.documentId === d.id && p.unit === '3'))!;
    for (const filter of [{ document: doc.symbol }, { subprogramme: '3' }, { document: doc.symbol, subprogramme: '3' }]) {
      const full = answerText(table, '毒品', index, filter).hits;
      expect(full.length).toBeGreaterThan(0);
      expect(summary(hydrate(shards, shardAnswer(shards, '毒品', filter).hits))).toEqual(summary(full));
    }
  });

  test('other bucket and chunk sizes give the same answers', () => {
    const small = buildShards(documents, paragraphs, { bucketNumbers: 500, chunk: 3 });
    for (const q of ['罪', '9/1', '替代发展', 'corruption', '毒品 贩运']) {
      expect(summary(hydrate(small, shardAnswer(small, q).hits))).toEqual(summary(answerText(table, q, index).hits));
    }
  });
});

describe('what a query fetches', () => {
  test('a few buckets, far fewer than the index holds', () => {
    expect(shards.meta.buckets).toBeGreaterThan(20);
    for (const q of ['腐败', '替代发展', '74/247', '毒品和犯罪问题办公室']) {
      const { buckets } = fetchGrams(shards, termsToMatch(q, index));
      expect(buckets.size, q).toBeLessThanOrEqual(Math.ceil(q.length / 2) + 2);
    }
  });

  test('buckets hold about the same amount', () => {
    const sizes = shards.buckets.map((b) => Object.values(b).reduce((n, d) => n + d.length, 0));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    // Hashing spreads grams; only a gram as common as 的 makes its bucket several times the mean.
    expect(sizes.filter((s) => s > 4 * mean).length).toBeLessThanOrEqual(3);
  });
});

describe('the format', () => {
  const tiny = buildShards(
    [
      { id: 'a-1', symbol: 'A/1' },
      { id: 'b-2', symbol: 'B/2' },
    ],
    [
      { documentId: 'a-1', number: '1', unit: '3', text: '打击腐败和洗钱；腐败', footnotes: [] },
      { documentId: 'a-1', number: '2', unit: '3', text: '见 E/CN.7/2019/14 和第 9/1 号决议', footnotes: [{ text: '注：腐败' } as never] },
      { documentId: 'b-2', number: '7', unit: '', text: '（c）ccc c 项', footnotes: [], url: '/documents/b-2/chapters/x/#para-7' },
      { documentId: 'z-9', number: '8', unit: '', text: '腐败（无此文件）', footnotes: [] },
    ],
    { chunk: 2 },
  );

  test('runs of document and unit; chunks of rows with their chapter key', () => {
    expect(tiny.meta.runs).toEqual([
      [0, 0, '3'],
      [2, 1, ''],
      [3, -1, ''],
    ]);
    expect(tiny.chunks).toHaveLength(2);
    expect(tiny.chunks[0]![1]).toEqual(['2', '见 E/CN.7/2019/14 和第 9/1 号决议\n注：腐败', '']);
    expect(tiny.chunks[1]![0]![2]).toBe('x');
  });

  test('positions of bigrams, counts of characters, edges of ASCII tokens', () => {
    const g = gramsOfText('9/1 c12');
    expect(g.positions.get('9/')).toEqual([0]);
    expect(g.positions.get('\u00019')).toEqual([0]);
    expect(g.positions.get('1\u0001')).toEqual([2]);
    expect(g.positions.get('\u00011')).toEqual([2]);
    expect(g.positions.get('\u0001c')).toEqual([4]);
    // A letter or digit counts as one character only where it stands alone.
    expect(g.counts.get('c')).toBeUndefined();
    expect(g.counts.get('9')).toBe(1);
    expect(g.counts.get('/')).toBe(1);
  });

  test('a term is planned as covering bigrams and its edges', () => {
    expect(planTerm('替代发展').grams).toEqual([
      ['替代', 0],
      ['发展', 2],
    ]);
    expect(planTerm('合成毒').grams).toEqual([
      ['合成', 0],
      ['成毒', 1],
    ]);
    expect(planTerm('9/1').grams).toEqual([
      ['9/', 0],
      ['/1', 1],
      ['\u00019', 0],
      ['1\u0001', 2],
    ]);
    expect(planTerm('罪')).toMatchObject({ single: true, grams: [['罪', 0]] });
  });

  test('postings decode to ids and positions', () => {
    const data = tiny.buckets[bucketOf('腐败', tiny.meta.buckets)]!['腐败']!;
    expect([...decodePosting('腐败', data)]).toEqual([
      [0, [2, 8]],
      [1, [30]],
      [3, [0]],
    ]);
    expect([...decodePosting('c', tiny.buckets[bucketOf('c', tiny.meta.buckets)]!['c']!)]).toEqual([[2, [2]]]);
  });

  const match = (q: string, filter: ParagraphFilter = {}) => {
    const { postings } = fetchGrams(tiny, queryTerms(q));
    return matchShards(
      tiny.meta,
      postings,
      queryTerms(q).map((t) => [t]),
      [],
      filter,
    ).map((r) => [r.id, r.score]);
  };

  test('whole tokens at ASCII edges, no overlaps, unknown documents left out, filters', () => {
    expect(match('腐败')).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(match('9/1')).toEqual([[1, 1]]);
    expect(match('19/1')).toEqual([]);
    expect(match('e/cn.7/2019/14')).toEqual([[1, 1]]);
    expect(match('c')).toEqual([[2, 2]]);
    expect(match('cc')).toEqual([]);
    expect(match('腐败', { document: 'A/1', subprogramme: '3' })).toHaveLength(2);
    expect(match('腐败', { document: 'B/2' })).toEqual([]);
    expect(match('海盗')).toEqual([]);
  });

  test('agrees with the whole table on the tiny corpus', () => {
    const t = buildParagraphTable(
      [
        { id: 'a-1', symbol: 'A/1' },
        { id: 'b-2', symbol: 'B/2' },
      ],
      [
        { documentId: 'a-1', number: '1', unit: '3', text: '打击腐败和洗钱；腐败', footnotes: [] },
        {
          documentId: 'a-1',
          number: '2',
          unit: '3',
          text: '见 E/CN.7/2019/14 和第 9/1 号决议',
          footnotes: [{ text: '注：腐败' } as never],
        },
        { documentId: 'b-2', number: '7', unit: '', text: '（c）ccc c 项', footnotes: [], url: '/documents/b-2/chapters/x/#para-7' },
        { documentId: 'z-9', number: '8', unit: '', text: '腐败（无此文件）', footnotes: [] },
      ],
    );
    for (const q of ['腐败', '9/1', 'c', '腐败 洗钱', '（c）']) {
      expect(match(q).map(([id]) => id)).toEqual(matchParagraphs(t, q).map((h) => h.id));
    }
  });
});
