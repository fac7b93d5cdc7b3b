/**
 * The full-text half of an answer, shared by the search page, the header box and the precision test:
 * the query is classified, an English one mapped to the corpus's Chinese terms, and paragraphs matched
 * exactly. Says also how Pagefind's page results must be read: with what query, and whether a page
 * must contain the terms whole (numbers, symbols, Latin words: no word-by-word noise). Pure functions.
 */
import { classifyQuery, isExactKind, type QueryClass } from './classify.ts';
import { buildTermIndex, mapEnglish, termKey, type EnglishMapping, type TermIndex, type TermList } from './terms-en.ts';
import {
  containsAll,
  matchGroups,
  queryPhrases,
  type ParagraphFilter,
  type ParagraphHit,
  type ParagraphMatch,
  type ParagraphTable,
} from './text.ts';

/**
 * Paragraphs holding, for every group, one of its terms; those holding one of `phrases` first (`matchGroups`
 * over the whole table, or `matchShards` over the sharded index's postings).
 */
export type ParagraphMatcher<H extends ParagraphMatch> = (groups: string[][], phrases: string[], filter: ParagraphFilter) => H[];

export interface TextAnswer<H extends ParagraphMatch = ParagraphHit> {
  query: QueryClass;
  /** A Latin-letter query: what it was mapped to (null: the list does not hold it); other kinds: null. */
  english: EnglishMapping[] | null;
  /** Terms to mark in excerpts and on landing pages. */
  marks: string[];
  /** Paragraphs, best first. */
  hits: H[];
  /** What to send to Pagefind for pages. */
  pageQuery: string;
  /** Terms a Pagefind result's text must hold whole, or null when Pagefind's own matching stands (Chinese). */
  pageMustHold: string[] | null;
}

/** English words → term-list phrases, longest first (`human trafficking colombia` → two mappings); null if any word is left over. */
export function mapEnglishWords(query: string, index: TermIndex): EnglishMapping[] | null {
  const whole = mapEnglish(query, index);
  if (whole) return [whole];
  const words = termKey(query)
    .split(' ')
    .filter((w) => w !== '');
  const out: EnglishMapping[] = [];
  for (let i = 0; i < words.length;) {
    let found: EnglishMapping | null = null;
    let j = words.length;
    for (; j > i && !found; j--) found = mapEnglish(words.slice(i, j).join(' '), index);
    if (!found) return null;
    out.push(found);
    i = j + 1;
  }
  return out.length > 0 ? out : null;
}

export function termIndexOf(list: TermList | null): TermIndex | null {
  return list ? buildTermIndex(list) : null;
}

/** The paragraphs and page instructions for `query`, matched over the whole table or by a matcher (the sharded index). */
export function answerText(table: ParagraphTable, query: string, index: TermIndex | null, filter?: ParagraphFilter): TextAnswer;
export function answerText<H extends ParagraphMatch>(
  match: ParagraphMatcher<H>,
  query: string,
  index: TermIndex | null,
  filter?: ParagraphFilter,
): TextAnswer<H>;
export function answerText(
  source: ParagraphTable | ParagraphMatcher<ParagraphMatch>,
  query: string,
  index: TermIndex | null,
  filter: ParagraphFilter = {},
): TextAnswer<ParagraphMatch> {
  const match: ParagraphMatcher<ParagraphMatch> =
    typeof source === 'function' ? source : (groups, phrases, f) => matchGroups(source, groups, phrases, f);
  const q = classifyQuery(query);
  const terms = q.terms;
  const phrases = terms.length > 1 ? queryPhrases(terms) : [];
  const literal = match(
    terms.map((t) => [t]),
    phrases,
    filter,
  );
  if (q.kind !== 'latin') {
    return { query: q, english: null, marks: terms, hits: literal, pageQuery: query, pageMustHold: isExactKind(q.kind) ? terms : null };
  }
  const english = index ? mapEnglishWords(query, index) : null;
  // Literal matches (COVID-19, UNODC in the Chinese text) come with the mapped Chinese ones.
  if (!english) return { query: q, english: null, marks: terms, hits: literal, pageQuery: query, pageMustHold: terms };
  const mapped = match(
    english.map((m) => m.zh),
    english.length > 1 ? [english.map((m) => m.zh[0]!).join('')] : [],
    filter,
  );
  const seen = new Set(mapped.map((h) => h.id));
  const hits = [...mapped, ...literal.filter((h) => !seen.has(h.id))];
  const marks = [...new Set([...english.flatMap((m) => m.zh), ...terms])];
  return { query: q, english, marks, hits, pageQuery: english.map((m) => m.zh[0]).join(' '), pageMustHold: null };
}

/** Every term the answer to `query` matches (query terms, phrases, mapped Chinese terms): what to fetch before answering. */
export function termsToMatch(query: string, index: TermIndex | null): string[] {
  const seen: string[] = [];
  answerText(
    (groups, phrases) => {
      seen.push(...groups.flat(), ...phrases);
      return [];
    },
    query,
    index,
  );
  return [...new Set(seen)];
}

/** Whether a Pagefind result's text passes the answer's precision rule. */
export function pageFits(answer: Pick<TextAnswer, 'pageMustHold'>, content: string): boolean {
  return answer.pageMustHold === null || containsAll(content, answer.pageMustHold);
}
