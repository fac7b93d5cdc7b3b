/**
 * What kind of query a delegate typed, before searching: a resolution or decision number, a document
 * symbol, a paragraph/table/figure, Latin-letter words (English), or Chinese text. The kind decides how
 * the search answers: a number or symbol is looked up and full-text matches must contain it whole (no
 * word-by-word fallback), Latin words match whole words only and are mapped to the corpus's Chinese
 * terms, Chinese text is matched as written. Pure functions.
 */
import { parseLookupQuery, type LookupQuery } from './lookup.ts';
import { fold, queryTerms } from './text.ts';

export type QueryKind = 'empty' | 'number' | 'symbol' | 'paragraph' | 'latin' | 'chinese' | 'other';

export interface QueryClass {
  kind: QueryKind;
  /** The lookup reading for number, symbol and paragraph queries, else null. */
  lookup: LookupQuery | null;
  /** The query's terms as matched (folded, split on spaces). */
  terms: string[];
}

/** Han characters (CJK unified ideographs and extensions, compatibility ideographs). */
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;
/** A Latin letter (after NFKC folding, so full-width letters count). */
const LATIN = /[a-z\u00c0-\u024f]/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Reads the query's kind; never throws. */
export function classifyQuery(query: string): QueryClass {
  const terms = queryTerms(query);
  if (terms.length === 0) return { kind: 'empty', lookup: null, terms };
  const lookup = parseLookupQuery(query);
  if (lookup.type === 'resolution') return { kind: 'number', lookup, terms };
  if (lookup.type === 'symbol') return { kind: 'symbol', lookup, terms };
  if (lookup.type === 'place') return { kind: 'paragraph', lookup, terms };
  const folded = fold(query);
  if (hasHan(folded)) return { kind: 'chinese', lookup: null, terms };
  if (LATIN.test(folded)) return { kind: 'latin', lookup: null, terms };
  return { kind: 'other', lookup: null, terms };
}

/** Kinds whose full-text matches must contain the query whole: word-by-word matches are noise. */
export function isExactKind(kind: QueryKind): boolean {
  return kind === 'number' || kind === 'symbol' || kind === 'paragraph' || kind === 'latin' || kind === 'other';
}
