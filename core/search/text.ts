/**
 * The exact-substring pass over numbered paragraphs. Pagefind's Chinese query segmentation misses some
 * short terms (measured by `bench/search.ts`), so paragraphs are also matched here, over a compact
 * table built at build time (`/search/paragraphs.json`): every paragraph whose text contains every
 * term is found, by construction. Pure functions, shared by the page script and the tests.
 */
import { permalinks } from '../permalinks.ts';
import type { Paragraph } from '../schemas/paragraph.ts';
import type { DocumentRecord } from '../schemas/document.ts';

/** `/search/paragraphs.json`: documents once, then one short row per paragraph. */
export interface ParagraphTable {
  /** [document id, symbol] */
  documents: [string, string][];
  /** [index into documents, paragraph number, unit key or '', text (footnotes after a newline), chapter key or '' (long documents: the chapter page that holds it)] */
  paragraphs: [number, string, string, string, string?][];
}

/** A matching paragraph as ranked, before its text is needed (the sharded index answers with these). */
export interface ParagraphMatch {
  /** The paragraph's position in the table (document order): ties rank in this order. */
  id: number;
  document: string;
  documentId: string;
  unit: string;
  /** Occurrences of all terms: more is ranked first. */
  score: number;
  /** The text holds the whole query as typed (terms side by side): ranked before those that hold the terms apart. */
  whole: boolean;
}

export interface ParagraphHit extends ParagraphMatch {
  url: string;
  number: string;
  text: string;
}

/** The chapter key in a paragraph's permalink (`/documents/x/chapters/subprogramme-3/#para-…`), as a row's last field. */
function chapterKeyOf(url: string | undefined): [string] | [] {
  const m = url ? /\/chapters\/([^/]+)\//.exec(url) : null;
  return m ? [m[1]!] : [];
}

export function buildParagraphTable(
  documents: Pick<DocumentRecord, 'id' | 'symbol'>[],
  paragraphs: (Pick<Paragraph, 'documentId' | 'number' | 'unit' | 'text' | 'footnotes'> & Partial<Pick<Paragraph, 'url'>>)[],
): ParagraphTable {
  const index = new Map(documents.map((d, i) => [d.id, i]));
  return {
    documents: documents.map((d) => [d.id, d.symbol]),
    paragraphs: paragraphs.map((p) => [
      index.get(p.documentId) ?? -1,
      p.number,
      p.unit && p.unit !== 'programme' ? p.unit : '',
      [p.text, ...p.footnotes.map((f) => f.text)].join('\n'),
      ...chapterKeyOf(p.url),
    ]),
  };
}

/** Same folding on both sides: width (`７４` = `74`), case, and spacing inside Chinese do not matter. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The query's terms: split on spaces (and full-width spaces), quotes dropped, duplicates removed. */
export function queryTerms(query: string): string[] {
  const terms = fold(query)
    .replace(/["“”「」『』]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '');
  return [...new Set(terms)];
}

const ALNUM = /[0-9a-z]/;

/**
 * Where `needle` occurs in `haystack` as a whole token at its ASCII edges: `9/1` is not found inside
 * `2019/14`, `74/247` not inside `174/2470`; Chinese has no word boundaries, so CJK edges always fit.
 */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  const guardStart = ALNUM.test(needle[0]!);
  const guardEnd = ALNUM.test(needle[needle.length - 1]!);
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (guardStart && i > 0 && ALNUM.test(haystack[i - 1]!)) continue;
    const end = i + needle.length;
    if (guardEnd && end < haystack.length && ALNUM.test(haystack[end]!)) continue;
    if (out.length > 0 && i < out[out.length - 1]! + needle.length) continue;
    out.push(i);
  }
  return out;
}

function count(haystack: string, needle: string): number {
  return occurrences(haystack, needle).length;
}

export interface ParagraphFilter {
  document?: string | null;
  subprogramme?: string | null;
}

/** The whole query as it may stand in the text: terms side by side with a space (`drug trafficking`) or without (`毒品 贩运` → `毒品贩运`). */
export function queryPhrases(terms: string[]): string[] {
  if (terms.length < 2) return terms.slice();
  return [...new Set([terms.join(' '), terms.join('')])];
}

/** Whether the text holds every term (whole tokens at ASCII edges, as `occurrences` reads them). */
export function containsAll(text: string, terms: string[]): boolean {
  const folded = fold(text);
  return terms.length > 0 && terms.every((t) => occurrences(folded, t).length > 0);
}

/**
 * Every paragraph containing every term: those holding the whole query first, then most occurrences,
 * then document order.
 */
export function matchParagraphs(table: ParagraphTable, query: string, filter: ParagraphFilter = {}): ParagraphHit[] {
  const terms = queryTerms(query);
  return matchGroups(
    table,
    terms.map((t) => [t]),
    terms.length > 1 ? queryPhrases(terms) : [],
    filter,
  );
}

/**
 * Every paragraph that holds, for every group, at least one of its terms (a group is one term, or the
 * Chinese terms an English word stands for). `phrases`: a paragraph holding one of them ranks first.
 */
export function matchGroups(table: ParagraphTable, groups: string[][], phrases: string[], filter: ParagraphFilter = {}): ParagraphHit[] {
  const live = groups.map((g) => g.map(fold).filter((t) => t !== '')).filter((g) => g.length > 0);
  if (live.length === 0) return [];
  const folds = phrases.map(fold);
  const hits: ParagraphHit[] = [];
  for (const [id, [di, number, unit, text, chapter]] of table.paragraphs.entries()) {
    const doc = table.documents[di];
    if (!doc) continue;
    if (filter.document && doc[1] !== filter.document) continue;
    if (filter.subprogramme && unit !== filter.subprogramme) continue;
    const folded = fold(text);
    let score = 0;
    for (const group of live) {
      let c = 0;
      for (const t of group) c += count(folded, t);
      if (c === 0) {
        score = -1;
        break;
      }
      score += c;
    }
    if (score < 0) continue;
    const whole = folds.length === 0 || folds.some((ph) => count(folded, ph) > 0);
    hits.push({
      id,
      url: chapter ? `${permalinks.chapter(doc[0], chapter)}#para-${number}` : permalinks.paragraph(doc[0], number),
      document: doc[1],
      documentId: doc[0],
      number,
      unit,
      text,
      score,
      whole,
    });
  }
  return rankHits(hits);
}

/** Whole-query hits first, then most occurrences, then the order given. */
export function rankHits<H extends Pick<ParagraphMatch, 'score' | 'whole'>>(hits: H[]): H[] {
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => Number(b.h.whole) - Number(a.h.whole) || b.h.score - a.h.score || a.i - b.i)
    .map(({ h }) => h);
}

/** A piece of an excerpt: text, marked or not. */
export interface Piece {
  text: string;
  mark: boolean;
}

/**
 * The context of the first occurrence: about `width` characters around it, every occurrence of every
 * term marked. Works on the original text (folding keeps length for CJK and ASCII alike, except rare
 * compatibility characters, where the excerpt falls back to the start of the text).
 */
export function excerpt(text: string, terms: string[], width = 80): Piece[] {
  const folded = fold(text);
  const sameLength = folded.length === text.length;
  const first = sameLength ? Math.min(...terms.flatMap((t) => occurrences(folded, t).slice(0, 1))) : 0;
  const at = Number.isFinite(first) ? first : 0;
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const ranges: [number, number][] = [];
  if (sameLength) {
    for (const t of terms) for (const i of occurrences(folded, t)) if (i >= start && i < end) ranges.push([i, i + t.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let pos = start;
  for (const [s, e] of ranges) {
    if (s < pos) continue; // overlapping terms: the first wins
    if (s > pos) pieces.push({ text: text.slice(pos, s), mark: false });
    pieces.push({ text: text.slice(s, Math.min(e, end)), mark: true });
    pos = Math.min(e, end);
  }
  if (pos < end) pieces.push({ text: text.slice(pos, end), mark: false });
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces.map((p) => ({ ...p, text: p.text.replace(/\s*\n\s*/g, ' ') }));
}

/** `url` with `?hl=` terms before its anchor, for the landing page's highlight. */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}hl=${encodeURIComponent(terms.join(' '))}${hash !== undefined ? `#${hash}` : ''}`;
}

/**
 * The folded text and, for each of its positions (and one past the end), the index in `text` it came
 * from: folding may change the length (`…` becomes `...`), and marks must land on the printed characters.
 */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(at);
    folded += f;
    at += ch.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** Ranges of `text` to mark on the landing page: every occurrence of every term, overlaps merged. */
export function markRanges(text: string, terms: string[]): [number, number][] {
  const { folded, origin } = foldWithOrigin(text);
  const ranges: [number, number][] = [];
  for (const t of terms) {
    for (const i of occurrences(folded, t)) ranges.push([origin[i]!, origin[i + t.length]!]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
