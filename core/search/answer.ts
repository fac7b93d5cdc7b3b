/**
 * The full-text half of an answer, shared by the search page, the header box and the precision test:
 * the query is classified, an English one mapped to the corpus's Chinese terms, and paragraphs matched
 * exactly. Says also how Pagefind's page results must be read: with what query, and whether a page
 * must contain the terms whole (numbers, symbols, Latin words: no word-by-word noise). Pure functions.
 */
import { classifyQuery, isExactKind, type QueryClass } from './classify.ts';
import { buildTermIndex, mapEnglish, termKey, type EnglishMapping, type TermIndex, type TermList } from './terms-en.ts';
import { containsAll, matchGroups, queryPhrases, type ParagraphFilter, type ParagraphHit, type ParagraphTable } from './text.ts';

export interface TextAnswer {
  query: QueryClass;
  /** A Latin-letter query: what it was mapped to (null: the list does not hold it); other kinds: null. */
  english: EnglishMapping[] | null;
  /** Terms to mark in excerpts and on landing pages. */
  marks: string[];
  /** Paragraphs, best first. */
  hits: ParagraphHit[];
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

/** The paragraphs and page instructions for `query`. */
export function answerText(table: ParagraphTable, query: string, index: TermIndex | null, filter: ParagraphFilter = {}): TextAnswer {
  const q = classifyQuery(query);
  const terms = q.terms;
  const phrases = terms.length > 1 ? queryPhrases(terms) : [];
  if (q.kind === 'latin') {
    const english = index ? mapEnglishWords(query, index) : null;
    // Literal matches (COVID-19, UNODC in the Chinese text) come with the mapped Chinese ones.
    const literal = matchGroups(
      table,
      terms.map((t) => [t]),
      phrases,
      filter,
    );
    if (!english) return { query: q, english: null, marks: terms, hits: literal, pageQuery: query, pageMustHold: terms };
    const mapped = matchGroups(
      table,
      english.map((m) => m.zh),
      english.length > 1 ? [english.map((m) => m.zh[0]!).join('')] : [],
      filter,
    );
    const seen = new Set(mapped.map((h) => h.url));
    const hits = [...mapped, ...literal.filter((h) => !seen.has(h.url))];
    const marks = [...new Set([...english.flatMap((m) => m.zh), ...terms])];
    return { query: q, english, marks, hits, pageQuery: english.map((m) => m.zh[0]).join(' '), pageMustHold: null };
  }
  const hits = matchGroups(
    table,
    terms.map((t) => [t]),
    phrases,
    filter,
  );
  return { query: q, english: null, marks: terms, hits, pageQuery: query, pageMustHold: isExactKind(q.kind) ? terms : null };
}

/** Whether a Pagefind result's text passes the answer's precision rule. */
export function pageFits(answer: TextAnswer, content: string): boolean {
  return answer.pageMustHold === null || containsAll(content, answer.pageMustHold);
}
