/**
 * Loading what search and lookup need, once per page: the lookup table and the paragraph table (small
 * JSON built at build time) and Pagefind, which is loaded from /pagefind/ at run time (it does not exist
 * when Astro bundles).
 */
import { lookup, parseLookupQuery, type LookupOutcome, type LookupTable } from '../../../core/search/lookup.ts';
import type { PlaceTable } from '../../../core/search/places.ts';
import type { ParagraphTable } from '../../../core/search/text.ts';
import { buildTermIndex, type TermIndex, type TermList } from '../../../core/search/terms-en.ts';

let lookupTable: Promise<LookupTable> | undefined;
let placeTable: Promise<PlaceTable> | undefined;
let paragraphTable: Promise<ParagraphTable> | undefined;
let pagefind: Promise<Pagefind> | undefined;
let termIndex: Promise<TermIndex> | undefined;

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

export function loadLookupTable(): Promise<LookupTable> {
  lookupTable ??= json<LookupTable>('/lookup/table.json').catch((e) => {
    lookupTable = undefined;
    throw e;
  });
  return lookupTable;
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

export function loadParagraphTable(): Promise<ParagraphTable> {
  paragraphTable ??= json<ParagraphTable>('/search/paragraphs.json').catch((e) => {
    paragraphTable = undefined;
    throw e;
  });
  return paragraphTable;
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

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options({ excerptLength: 36 });
    await pf.init();
    return pf;
  })().catch((e) => {
    pagefind = undefined;
    throw e;
  });
  return pagefind;
}
