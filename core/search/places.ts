/**
 * Lookup by place: a paragraph, table or figure number as delegates cite it (`16.36`, `第 16.36 段`,
 * `para. 16.36`, `A/76/6 (Sect. 16), para. 16.36`, `E/CN.7/2022/2 第 46 段`, `16.263(a)`, `表 16.33`,
 * `图 16.三`) → the place, from rows built at build time out of the collections (each row carries the
 * record's own `url`, so links follow the permalink scheme wherever it puts paragraphs). Pure functions.
 */
import { SYMBOL_SOURCE, normalizeSymbol, splitJointSymbol } from '../references.ts';
import { numeralValue, toRoman } from '../numerals.ts';

export type PlaceKind = 'paragraph' | 'table' | 'figure';

/** A place named by number, with the document when the input names one. */
export interface PlaceQuery {
  type: 'place';
  kind: PlaceKind;
  /** Paragraph or table number as printed (`16.36`), figure number normalised (`16.III`). */
  number: string;
  /** Sub-item as typed (`a` of `16.263(a)`), else null. */
  item: string | null;
  /** The document symbol typed before the number, else null. */
  symbol: string | null;
  /** Its single symbols (a joint symbol has two). */
  parts: string[];
  /** True when the input says what it is (`第…段`, `表`, a symbol before it): a bare `3.5` is not. */
  explicit: boolean;
}

/** A symbol at the start of the input, as the pipeline reads symbols (case as typed does not matter). */
const LEADING_SYMBOL = new RegExp(`^${SYMBOL_SOURCE}`, 'i');
/** Anything a symbol may be followed by before the place: commas, spaces. */
const SEPARATOR = /^[\s,，、:：]+/;

const PARAGRAPH_NUMBER = String.raw`(\d{1,3}(?:\.\d{1,3})?)(?:\s*\(\s*([a-z]|[ivx]{1,4})\s*\))?`;
/** `第 16.36 段`, `第16.263(a)段`, `para. 16.36`, `paragraph 16.36`, `§ 16.36`. */
const PARAGRAPH_WORDED = new RegExp(String.raw`^(?:第\s*${PARAGRAPH_NUMBER}\s*段|(?:paras?\.?|paragraphs?|§)\s*${PARAGRAPH_NUMBER})$`, 'i');
/** A number standing alone (`16.36`, `16.263(a)`, `46`): a paragraph if some document has one so numbered, else ordinary text. */
const PARAGRAPH_BARE = new RegExp(String.raw`^${PARAGRAPH_NUMBER}$`, 'i');
const TABLE = /^(?:表|tables?\.?|tab\.)\s*(\d{1,3}(?:\.\d{1,3})?)$/i;
const FIGURE = /^(?:图|figures?\.?|fig\.)\s*(\d{1,3})\s*\.\s*([一二三四五六七八九十]+|\d{1,2}|[ivxlc]+)$/i;

/** `16.三`, `16.3`, `16.iii` → `16.III` (figures are keyed by Roman numerals, as the parser keys them). */
export function figureKey(chapter: string, numeral: string): string | null {
  const upper = numeral.toUpperCase();
  if (/^[IVXLC]+$/.test(upper)) return `${chapter}.${upper}`;
  const n = numeralValue(numeral);
  return n === null || n === 0 ? null : `${chapter}.${toRoman(n)}`;
}

function readPlace(rest: string, afterSymbol: boolean): Omit<PlaceQuery, 'type' | 'symbol' | 'parts'> | null {
  const t = rest.trim();
  let m = PARAGRAPH_WORDED.exec(t);
  if (m) return { kind: 'paragraph', number: (m[1] ?? m[3])!, item: (m[2] ?? m[4])?.toLowerCase() ?? null, explicit: true };
  m = PARAGRAPH_BARE.exec(t);
  if (m) return { kind: 'paragraph', number: m[1]!, item: m[2]?.toLowerCase() ?? null, explicit: afterSymbol };
  m = TABLE.exec(t);
  if (m) return { kind: 'table', number: m[1]!, item: null, explicit: true };
  m = FIGURE.exec(t);
  if (m) {
    const key = figureKey(m[1]!, m[2]!);
    return key ? { kind: 'figure', number: key, item: null, explicit: true } : null;
  }
  return null;
}

/** Reads a place out of cleaned input (see `cleanInput`), or null when the input names none. */
export function parsePlaceQuery(text: string): PlaceQuery | null {
  const sym = LEADING_SYMBOL.exec(text);
  if (sym) {
    const rest = text.slice(sym[0].length);
    if (rest.trim() === '') return null;
    const place = readPlace(rest.replace(SEPARATOR, ''), true);
    if (!place) return null;
    const parts = splitJointSymbol(sym[0].replace(/\s*[-–]\s*(?=[A-Za-z]+\/)/g, '-')).map((p) => normalizeSymbol(p));
    return { type: 'place', ...place, symbol: parts.join('-'), parts };
  }
  const place = readPlace(text, false);
  return place ? { type: 'place', ...place, symbol: null, parts: [] } : null;
}

/** Whether a cleaned input is a well-formed UN symbol as a whole (only then may an undocs link be built from it). */
export function isWellFormedSymbol(text: string): boolean {
  const m = LEADING_SYMBOL.exec(text);
  return m !== null && m[0].length === text.trim().length;
}

// ---------------------------------------------------------------------------------------------
// The table

/** `p` paragraph, `t` table, `f` figure. */
export type PlaceKindCode = 'p' | 't' | 'f';
/** One row per place: kind, index into `documents`, number (figures: normalised), number as printed ('' when the same), URL, title or ''. */
export type PlaceRow = [kind: PlaceKindCode, document: number, number: string, printed: string, url: string, title: string];
/** Documents the places belong to: symbol as shown, its single symbols, URL. */
export type PlaceDocument = [symbol: string, parts: string[], url: string];

export interface PlaceTable {
  documents: PlaceDocument[];
  places: PlaceRow[];
}

/** Titles shown beside a table or figure: enough to tell one from another. */
const PLACE_TITLE_CHARS = 30;

function short(title: string): string {
  const one = title.replace(/\s+/g, ' ').trim();
  return one.length > PLACE_TITLE_CHARS ? `${one.slice(0, PLACE_TITLE_CHARS - 1)}…` : one;
}

export function buildPlaceTable(input: {
  documents: { id: string; symbol: string; symbols: string[]; url: string }[];
  paragraphs: { documentId: string; number: string; printedNumber?: string | null; url: string }[];
  tables: { documentId: string; number: string; title: string; url: string }[];
  figures: { documentId: string; number: string; numberPrinted: string; printedNumber?: string | null; title: string; url: string }[];
}): PlaceTable {
  const index = new Map(input.documents.map((d, i) => [d.id, i]));
  const places: PlaceRow[] = [];
  const at = (id: string) => index.get(id) ?? -1;
  // A misprinted paragraph or figure number is looked up as well as the sequence number: both lead to the record.
  for (const p of input.paragraphs)
    for (const n of [p.number, ...(p.printedNumber ? [p.printedNumber] : [])]) places.push(['p', at(p.documentId), n, '', p.url, '']);
  for (const t of input.tables) places.push(['t', at(t.documentId), t.number, '', t.url, short(t.title)]);
  for (const f of input.figures)
    for (const n of [f.number, ...(f.printedNumber ? [f.printedNumber] : [])])
      places.push(['f', at(f.documentId), n, f.numberPrinted === n ? '' : f.numberPrinted, f.url, short(f.title)]);
  return { documents: input.documents.map((d) => [d.symbol, d.symbols, d.url]), places: places.filter((r) => r[1] >= 0) };
}
