/**
 * The exact-substring pass over numbered paragraphs, sharded so that what the browser fetches for a query
 * stays bounded as the corpus grows (`/search/shards/`, written by `scripts/cli/index-search.ts`).
 *
 * Chinese has no word boundaries and a query is any substring, so the index is positional over the folded
 * text: every character bigram with the paragraphs and positions where it stands, every single character
 * with its count per paragraph, and "edge" grams marking where an ASCII token starts or ends (for the
 * whole-token rule of `occurrences`). Grams are hashed into buckets of about the same size; a query
 * fetches the buckets of the grams it needs: for a term of n ≥ 2 characters, about n/2 bigrams covering
 * every character (plus its edge grams when it starts or ends with a letter or digit), for one character
 * its count list. Positions make the match exact without the text: a term stands at p when each of its
 * covering bigrams stands at p + offset. The text itself is in chunks of a few paragraphs, fetched only
 * for the results shown. The answers are those of `matchGroups` over the whole table, in the same order
 * (`tests/unit/search-shards.test.ts` checks it on every recall and precision query).
 */
import { permalinks } from '../permalinks.ts';
import type { Paragraph } from '../schemas/paragraph.ts';
import type { DocumentRecord } from '../schemas/document.ts';
import { fold, rankHits, type ParagraphFilter, type ParagraphHit, type ParagraphMatch } from './text.ts';

/** Bumped when the format changes. */
export const SHARD_FORMAT = 1;

/** `/search/shards/meta.json`: what a query needs before it fetches grams; grows with documents, not text. */
export interface ShardMeta {
  format: number;
  /** Changes with the index's content: appended to bucket and chunk URLs so a cached file of another build is never mixed in. */
  key: string;
  /** Number of gram buckets (`g/<n>.json`). */
  buckets: number;
  /** Paragraphs per text chunk (`t/<n>.json`). */
  chunk: number;
  paragraphs: number;
  /** [document id, symbol] */
  documents: [string, string][];
  /** Runs over paragraph ids, in order: [first id of the run, index into documents (-1: unknown), unit key or ''] */
  runs: [number, number, string][];
}

/**
 * `g/<n>.json`: gram → postings, flattened. A one-character gram: [id delta, count]…; any other gram:
 * [id delta, n, then n position deltas]…. Ids ascend (the first delta is from 0), positions ascend within a paragraph.
 */
export type GramBucket = Record<string, number[]>;

/** `t/<n>.json`: rows of the chunk's paragraphs, in id order: [paragraph number, text (footnotes after a newline), chapter key or ''] */
export type TextChunk = [string, string, string][];

export interface Shards {
  meta: ShardMeta;
  buckets: GramBucket[];
  chunks: TextChunk[];
}

/** A hit before its text is fetched. */
export type ParagraphRef = ParagraphMatch;

/** Marks a token edge in an edge gram: `\u0001x` a token starting with x, `x\u0001` one ending with x. */
const EDGE = '\u0001';
const ALNUM = /[0-9a-z]/;

/** The folded text as indexed (an EDGE character in the source could pose as an edge gram). */
function indexedText(text: string): string {
  return fold(text).replaceAll(EDGE, '\ufffd');
}

/** FNV-1a over UTF-16 code units: the bucket of a gram, the same in Node and in the browser. */
export function bucketOf(gram: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}

/** Whether the character at `i` is a letter or digit standing alone (no letter or digit either side). */
function alnumAlone(s: string, i: number): boolean {
  return !ALNUM.test(s[i - 1] ?? '') && !ALNUM.test(s[i + 1] ?? '');
}

/** The grams of one folded text: positions of bigrams and edge grams, counts of single characters. */
export function gramsOfText(s: string): { positions: Map<string, number[]>; counts: Map<string, number> } {
  const positions = new Map<string, number[]>();
  const counts = new Map<string, number>();
  const at = (g: string, i: number) => {
    const list = positions.get(g);
    if (list) list.push(i);
    else positions.set(g, [i]);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const alnum = ALNUM.test(c);
    // A letter or digit counts as a one-character term only where it stands alone (`occurrences`' whole-token rule).
    if (!alnum || alnumAlone(s, i)) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (i + 1 < s.length) at(s.slice(i, i + 2), i);
    if (alnum && !ALNUM.test(s[i - 1] ?? '')) at(EDGE + c, i);
    if (alnum && !ALNUM.test(s[i + 1] ?? '')) at(c + EDGE, i);
  }
  return { positions, counts };
}

/** A row's searchable text, as in the paragraph table: the text, then each footnote after a newline. */
function rowText(p: Pick<Paragraph, 'text' | 'footnotes'>): string {
  return [p.text, ...p.footnotes.map((f) => f.text)].join('\n');
}

function chapterKey(url: string | undefined): string {
  const m = url ? /\/chapters\/([^/]+)\//.exec(url) : null;
  return m ? m[1]! : '';
}

type ShardParagraph = Pick<Paragraph, 'documentId' | 'number' | 'unit' | 'text' | 'footnotes'> & Partial<Pick<Paragraph, 'url'>>;

/** Runs of (document, unit) over paragraph ids. */
function runsOf(documents: Pick<DocumentRecord, 'id'>[], paragraphs: ShardParagraph[]): ShardMeta['runs'] {
  const index = new Map(documents.map((d, i) => [d.id, i]));
  const runs: ShardMeta['runs'] = [];
  paragraphs.forEach((p, id) => {
    const di = index.get(p.documentId) ?? -1;
    const unit = p.unit && p.unit !== 'programme' ? p.unit : '';
    const last = runs.at(-1);
    if (!last || last[1] !== di || last[2] !== unit) runs.push([id, di, unit]);
  });
  return runs;
}

/** Postings of every gram over the whole corpus, flattened as in `GramBucket`. */
function postingsOf(paragraphs: ShardParagraph[]): Map<string, { last: number; data: number[] }> {
  const all = new Map<string, { last: number; data: number[] }>();
  const add = (g: string, id: number, values: number[]) => {
    let e = all.get(g);
    if (!e) all.set(g, (e = { last: 0, data: [] }));
    e.data.push(id - e.last, ...values);
    e.last = id;
  };
  paragraphs.forEach((p, id) => {
    const { positions, counts } = gramsOfText(indexedText(rowText(p)));
    for (const [g, c] of counts) add(g, id, [c]);
    for (const [g, ps] of positions) add(g, id, [ps.length, ...ps.map((x, k) => x - (ps[k - 1] ?? 0))]);
  });
  return all;
}

/** A short hash of strings (FNV-1a, hex). */
function hashOf(parts: string[]): string {
  let h = 0x811c9dc5;
  for (const s of parts) for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export interface ShardOptions {
  /** Numbers per bucket aimed at (a bucket of 8 000 numbers is about 25 KB of JSON, 10 KB gzipped). */
  bucketNumbers?: number;
  /** Paragraphs per text chunk. */
  chunk?: number;
}

/** The sharded index of `paragraphs` (ids are their positions in the array; documents in the order given). */
export function buildShards(
  documents: Pick<DocumentRecord, 'id' | 'symbol'>[],
  paragraphs: ShardParagraph[],
  options: ShardOptions = {},
): Shards {
  const chunk = options.chunk ?? 16;
  const postings = postingsOf(paragraphs);
  let numbers = 0;
  for (const e of postings.values()) numbers += e.data.length;
  const count = Math.max(1, Math.ceil(numbers / (options.bucketNumbers ?? 8000)));
  const buckets: GramBucket[] = Array.from({ length: count }, () => ({}));
  for (const g of [...postings.keys()].sort()) buckets[bucketOf(g, count)]![g] = postings.get(g)!.data;
  const chunks: TextChunk[] = [];
  for (let i = 0; i < paragraphs.length; i += chunk) {
    chunks.push(paragraphs.slice(i, i + chunk).map((p) => [p.number, rowText(p), chapterKey(p.url)]));
  }
  const meta: ShardMeta = {
    format: SHARD_FORMAT,
    key: '',
    buckets: count,
    chunk,
    paragraphs: paragraphs.length,
    documents: documents.map((d) => [d.id, d.symbol]),
    runs: runsOf(documents, paragraphs),
  };
  meta.key = hashOf([JSON.stringify(meta), ...buckets.map((b) => JSON.stringify(b)), ...chunks.map((c) => JSON.stringify(c))]);
  return { meta, buckets, chunks };
}

// ---- reading

/** One term's plan: the grams to fetch and where each stands relative to the term's start. */
interface TermPlan {
  term: string;
  /** A one-character term: read its count list. */
  single: boolean;
  grams: [gram: string, offset: number][];
}

/** Bigrams covering every character of the term (offsets 0, 2, 4… and the last), plus its edge grams. */
export function planTerm(term: string): TermPlan {
  const t = term.replaceAll(EDGE, '\ufffd');
  if (t.length === 1) return { term: t, single: true, grams: [[t, 0]] };
  const grams: [string, number][] = [];
  for (let o = 0; o + 2 <= t.length; o += 2) grams.push([t.slice(o, o + 2), o]);
  if (t.length % 2 === 1) grams.push([t.slice(-2), t.length - 2]);
  if (ALNUM.test(t[0]!)) grams.push([EDGE + t[0]!, 0]);
  if (ALNUM.test(t.at(-1)!)) grams.push([t.at(-1)! + EDGE, t.length - 1]);
  return { term: t, single: false, grams };
}

/** Every gram the terms need (folded here as `matchShards` folds them). */
export function gramsForTerms(terms: string[]): string[] {
  const folded = terms.map(fold).filter((t) => t !== '');
  return [...new Set(folded.flatMap((t) => planTerm(t).grams.map(([g]) => g)))];
}

/** Paragraph id → positions (for a one-character gram: [count]). */
export type Posting = Map<number, number[]>;

/** Reads one gram's flattened postings. */
export function decodePosting(gram: string, data: number[]): Posting {
  const out: Posting = new Map();
  const single = gram.length === 1;
  let id = 0;
  for (let i = 0; i < data.length;) {
    id += data[i]!;
    if (single) {
      out.set(id, [data[i + 1]!]);
      i += 2;
      continue;
    }
    const n = data[i + 1]!;
    const ps: number[] = [];
    let p = 0;
    for (let k = 0; k < n; k++) ps.push((p += data[i + 2 + k]!));
    out.set(id, ps);
    i += 2 + n;
  }
  return out;
}

/** Occurrences per paragraph of one term (as `occurrences` counts them: whole tokens at ASCII edges, no overlaps). */
export function termCounts(term: string, postings: Map<string, Posting>): Map<number, number> {
  const plan = planTerm(term);
  const lists = plan.grams.map(([g, o]) => [postings.get(g) ?? new Map<number, number[]>(), o] as const);
  if (plan.single) return new Map([...lists[0]![0]].map(([id, [c]]) => [id, c!]));
  const [driver, ...rest] = lists.toSorted((a, b) => a[0].size - b[0].size);
  const out = new Map<number, number>();
  for (const [id, ps] of driver![0]) {
    const others = rest.map(([post, o]) => [post.get(id), o] as const);
    if (others.some(([ps]) => ps === undefined)) continue;
    const sets = others.map(([ps, o]) => [new Set(ps), o] as const);
    let n = 0;
    let next = -Infinity;
    for (const p of ps.map((x) => x - driver![1])) {
      if (p < next || !sets.every(([s, o]) => s.has(p + o))) continue;
      n++;
      next = p + plan.term.length;
    }
    if (n > 0) out.set(id, n);
  }
  return out;
}

/** The run holding each id, read once: document index and unit. */
function placeOf(meta: ShardMeta): (id: number) => { di: number; unit: string } {
  const starts = meta.runs.map((r) => r[0]);
  return (id) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    const r = meta.runs[lo];
    return r && r[0] <= id ? { di: r[1], unit: r[2] } : { di: -1, unit: '' };
  };
}

/** `matchGroups` over the fetched postings: the same paragraphs, scores and order, without their text. */
export function matchShards(
  meta: ShardMeta,
  postings: Map<string, Posting>,
  groups: string[][],
  phrases: string[],
  filter: ParagraphFilter = {},
): ParagraphRef[] {
  const live = groups.map((g) => g.map(fold).filter((t) => t !== '')).filter((g) => g.length > 0);
  if (live.length === 0) return [];
  const groupCounts = live.map((g) => {
    const sum = new Map<number, number>();
    for (const t of g) for (const [id, c] of termCounts(t, postings)) sum.set(id, (sum.get(id) ?? 0) + c);
    return sum;
  });
  const wholeIds = phrases.length > 0 ? phrases.map((ph) => termCounts(fold(ph), postings)) : null;
  const smallest = groupCounts.toSorted((a, b) => a.size - b.size)[0]!;
  const ids = [...smallest.keys()].filter((id) => groupCounts.every((m) => m.has(id))).sort((a, b) => a - b);
  const place = placeOf(meta);
  const refs: ParagraphRef[] = [];
  for (const id of ids) {
    const { di, unit } = place(id);
    const doc = meta.documents[di];
    if (!doc) continue;
    if (filter.document && doc[1] !== filter.document) continue;
    if (filter.subprogramme && unit !== filter.subprogramme) continue;
    refs.push({
      id,
      documentId: doc[0],
      document: doc[1],
      unit,
      score: groupCounts.reduce((n, m) => n + m.get(id)!, 0),
      whole: wholeIds === null || wholeIds.some((m) => m.has(id)),
    });
  }
  return rankHits(refs);
}

/** The chunks holding these ids. */
export function chunksOf(meta: ShardMeta, ids: number[]): number[] {
  return [...new Set(ids.map((id) => Math.floor(id / meta.chunk)))];
}

/** A full hit from its ref and its chunk row. */
export function hitOf(ref: ParagraphRef, row: TextChunk[number]): ParagraphHit {
  const [number, text, chapter] = row;
  const url = chapter ? `${permalinks.chapter(ref.documentId, chapter)}#para-${number}` : permalinks.paragraph(ref.documentId, number);
  return { ...ref, url, number, text };
}

/** The row of `id` in its chunk. */
export function rowOf(meta: ShardMeta, chunk: TextChunk, id: number): TextChunk[number] | undefined {
  return chunk[id % meta.chunk];
}
