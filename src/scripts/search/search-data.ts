/**
 * Loading what search and lookup need, once per page: the lookup table (small JSON built at build time),
 * the sharded paragraph index (`/search/shards/`: its small meta file, then only the gram buckets a query
 * needs and the text chunks of the results shown, each fetched once) and Pagefind's two bundles, loaded from
 * /pagefind/ at run time (they do not exist when Astro bundles).
 */
import { lookup, parseLookupQuery, type LookupOutcome, type LookupTable } from '../../../core/search/lookup.ts';
import type { CitedPlace } from '../../lib/cited-place-file.ts';
import type { PlaceTable } from '../../../core/search/places.ts';
import type { ParagraphFilter, ParagraphHit } from '../../../core/search/text.ts';
import { buildTermIndex, type TermIndex, type TermList } from '../../../core/search/terms-en.ts';
import { answerText, termsToMatch, type TextAnswer } from '../../../core/search/answer.ts';
import {
  bucketOf,
  chunksOf,
  decodePosting,
  gramsForTerms,
  hitOf,
  matchShards,
  rowOf,
  type GramBucket,
  type ParagraphRef,
  type Posting,
  type ShardMeta,
  type TextChunk,
} from '../../../core/search/shards.ts';

let lookupTable: Promise<LookupTable> | undefined;
let placeTable: Promise<PlaceTable> | undefined;
let shardMeta: Promise<ShardMeta> | undefined;
const buckets = new Map<number, Promise<GramBucket>>();
const chunks = new Map<number, Promise<TextChunk>>();
/** Decoded postings of the grams read so far (a warm query decodes nothing twice). */
const postings = new Map<string, Posting>();
let termIndex: Promise<TermIndex> | undefined;

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

/** What `load` gives for `key`, loaded once per page (a failed load is retried next time). */
function cached<K, T>(cache: Map<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key);
  if (!p) {
    p = load().catch((e: unknown) => {
      cache.delete(key);
      throw e;
    });
    cache.set(key, p);
  }
  return p;
}

export function loadLookupTable(): Promise<LookupTable> {
  lookupTable ??= json<LookupTable>('/lookup/table.json').catch((e) => {
    lookupTable = undefined;
    throw e;
  });
  return lookupTable;
}

const citedFiles = new Map<string, Promise<CitedPlace[]>>();

/** Where the record behind a lookup target is printed (one small file per resolution or cited symbol). */
export function loadCitedPlaces(file: string): Promise<CitedPlace[]> {
  return cached(citedFiles, file, () => json<CitedPlace[]>(file));
}

export function loadPlaceTable(): Promise<PlaceTable> {
  placeTable ??= json<PlaceTable>('/lookup/places.json').catch((e) => {
    placeTable = undefined;
    throw e;
  });
  return placeTable;
}

/** Looks `q` up, fetching the paragraph/table/figure rows only when it names one. */
export async function lookupQuery(q: string): Promise<LookupOutcome> {
  const table = await loadLookupTable();
  if (parseLookupQuery(q).type !== 'place') return lookup(q, table);
  return lookup(q, { ...table, places: await loadPlaceTable() });
}

/** `/search/shards/meta.json`: documents and the index's layout (no paragraph text). */
export function loadShardMeta(): Promise<ShardMeta> {
  shardMeta ??= json<ShardMeta>('/search/shards/meta.json').catch((e) => {
    shardMeta = undefined;
    throw e;
  });
  return shardMeta;
}

/** Fetches the buckets holding the grams these terms need and decodes those grams. */
async function loadGrams(meta: ShardMeta, terms: string[]): Promise<void> {
  const wanted = gramsForTerms(terms).filter((g) => !postings.has(g));
  await Promise.all(
    wanted.map(async (g) => {
      const b = bucketOf(g, meta.buckets);
      const bucket = await cached(buckets, b, () => json<GramBucket>(`/search/shards/g/${b}.json?v=${meta.key}`));
      postings.set(g, decodePosting(g, bucket[g] ?? []));
    }),
  );
}

/** The full-text answer from the sharded index: the hits are refs, ranked; `hydrateHits` fetches the text of those shown. */
export async function answerParagraphs(
  q: string,
  terms: TermIndex | null,
  filter: ParagraphFilter = {},
): Promise<TextAnswer<ParagraphRef>> {
  const meta = await loadShardMeta();
  await loadGrams(meta, termsToMatch(q, terms));
  return answerText((groups, phrases, f) => matchShards(meta, postings, groups, phrases, f), q, terms, filter);
}

/** The refs with their number, permalink and text, from the chunks that hold them. */
export async function hydrateHits(refs: ParagraphRef[]): Promise<ParagraphHit[]> {
  const meta = await loadShardMeta();
  const byChunk = new Map<number, TextChunk>();
  await Promise.all(
    chunksOf(
      meta,
      refs.map((r) => r.id),
    ).map(async (n) => byChunk.set(n, await cached(chunks, n, () => json<TextChunk>(`/search/shards/t/${n}.json?v=${meta.key}`)))),
  );
  return refs.flatMap((r) => {
    const row = rowOf(meta, byChunk.get(Math.floor(r.id / meta.chunk)) ?? [], r.id);
    return row ? [hitOf(r, row)] : [];
  });
}

/** The English → Chinese term list (`/search/terms.json`), fetched when a query is in Latin letters. */
export function loadTermIndex(): Promise<TermIndex> {
  termIndex ??= json<TermList>('/search/terms.json')
    .then(buildTermIndex)
    .catch((e) => {
      termIndex = undefined;
      throw e;
    });
  return termIndex;
}

/** The part of Pagefind's browser API used here. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's (or record's) whole text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pagefind's bundles: `pages` (every page, the header's and the search page's pages) and `paragraphs` (a record
 * per numbered paragraph, read only by the search page's word-by-word fallback). Each is its own module and
 * metadata, fetched on its first query: the pages' bundle does not carry a row per paragraph.
 */
const PAGEFIND_BUNDLES = { pages: '/pagefind/pagefind.js', paragraphs: '/pagefind/paragraphs/pagefind.js' };
const pagefinds = new Map<keyof typeof PAGEFIND_BUNDLES, Promise<Pagefind>>();

export function loadPagefind(bundle: keyof typeof PAGEFIND_BUNDLES = 'pages'): Promise<Pagefind> {
  return cached(pagefinds, bundle, async () => {
    const path = PAGEFIND_BUNDLES[bundle];
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options({ excerptLength: 36 });
    await pf.init();
    return pf;
  });
}
