/**
 * Lookup by number: what a delegate types ("74/247", "A/RES/74/247", "麻醉药品委员会第 56/9 号决议",
 * "E/CN.7/2022/2", "７４／２４７") → the resolution, decision or document it names, from a small table
 * built at build time (`lookup-table.ts`). Pure functions; the number grammar is the pipeline's
 * (`core/references.ts`), so the site reads numbers exactly as the parser did.
 */
import { officialTextUrl } from '../permalinks.ts';
import type { Body } from '../schemas/common.ts';
import {
  NUMBER_SOURCE,
  SYMBOL_SOURCE,
  bodyFromName,
  findReferences,
  hasGeneralAssemblyForm,
  normalizeResolutionNumber,
  normalizeSymbol,
  officialSymbol,
  resolutionId,
  type ResolutionKind,
  SYMBOL_SERIES,
} from '../references.ts';
import { toHalfWidth } from '../text.ts';
import { permalinks } from '../permalinks.ts';
import { bodyNames, resolutionLabel, resolutionLabelEn } from '../bodies.ts';
import { isWellFormedSymbol, parsePlaceQuery, type PlaceQuery, type PlaceRow, type PlaceTable } from './places.ts';

/** What the input names, before looking anything up. */
export type LookupQuery =
  | { type: 'resolution'; number: string; body: Body | null; kind: ResolutionKind | null; official?: string }
  | { type: 'symbol'; symbol: string; parts: string[] }
  | PlaceQuery
  | { type: 'none' };

/** One row per resolution or decision: body, kind, number as the UN writes it, first title (shortened) or ''. */
export type ResolutionRow = [body: Body, kind: ResolutionKind, number: string, title: string];
/** One row per symbol: symbol, URL, `d` corpus document / `c` cited symbol, `i` when the symbol is inferred else '', title or ''. */
export type SymbolRow = [symbol: string, url: string, type: 'd' | 'c', inferred: 'i' | '', title: string];

/** The build-time table (`/lookup/table.json`). */
export interface LookupTable {
  resolutions: ResolutionRow[];
  symbols: SymbolRow[];
  /** Paragraphs, tables and figures by number (absent: places are not looked up). */
  places?: PlaceTable;
}

/** A page the lookup can go to. */
export interface LookupTarget {
  url: string;
  /** `大会第 74/247 号决议`, or the symbol. */
  label: string;
  /** The same in the English interface (`General Assembly resolution 74/247`). */
  labelEn: string;
  /** Title from the corpus, '' when it gives none. */
  title: string;
  /** Shown beside the label: an inferred symbol, a cited (not corpus) document. */
  note: string | null;
  noteEn: string | null;
}

export type LookupOutcome =
  /** Not a number or symbol: leave it to full-text search. */
  | { status: 'none' }
  | { status: 'found'; query: LookupQuery; target: LookupTarget }
  /** Several readings (one number, several bodies; a number without its part letter): offer each. */
  | { status: 'ambiguous'; query: LookupQuery; targets: LookupTarget[] }
  /** A well-formed number or symbol the corpus does not hold; `related` are near readings it does hold. */
  | { status: 'missing'; query: LookupQuery; label: string; labelEn: string; officialUrl: string | null; related: LookupTarget[] };

/** Longest input read as a number; anything longer is a sentence for full-text search. */
const MAX_INPUT = 120;

/** Full-width forms, odd slashes and dashes, ideographic spaces → plain ASCII; runs of space → one. */
export function cleanInput(input: string): string {
  return toHalfWidth(input.normalize('NFKC'))
    .replace(/[∕⁄／]/g, '/')
    .replace(/[‐‑‒–—―－]/g, '-')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `A/RES/74/247`, `S/RES/2331(2016)`, `E/RES/2017/18`, alone or in a phrase (`大会 A/RES/74/247 号决议`). */
const RES_SYMBOL = new RegExp(String.raw`(?<![A-Z0-9])([AES])\s*/\s*RES\s*/\s*(${NUMBER_SOURCE})`);
/** Where a document symbol starts (`E/CN.7/…`, `A/76/6 (Sect. 16)`); it runs to the end of the ASCII text. */
const DOC_SYMBOL = new RegExp(String.raw`(?<![A-Z0-9])(?:${SYMBOL_SERIES.join('|')})\s*/\s*[A-Z0-9]`);
/** A whole symbol as the pipeline reads it (`A/76/6 (Sect. 16)`, joint symbols), wherever it stands in the input. */
const WHOLE_SYMBOL = new RegExp(SYMBOL_SOURCE, 'i');
const NUMBER_RE = new RegExp(NUMBER_SOURCE);

/** Abbreviations and English names people type next to a number. */
const BODY_WORDS: { body: Body; re: RegExp }[] = [
  { body: 'COSP-UNCAC', re: /\b(?:COSP|UNCAC|CAC\/COSP)\b/ },
  { body: 'COP-UNTOC', re: /\b(?:COP|UNTOC|CTOC\/COP)\b/ },
  { body: 'ECOSOC', re: /\b(?:ECOSOC|ECONOMIC AND SOCIAL COUNCIL)\b/ },
  { body: 'CCPCJ', re: /\b(?:CCPCJ|CRIME COMMISSION)\b/ },
  { body: 'CND', re: /\b(?:CND|COMMISSION ON NARCOTIC DRUGS)\b/ },
  { body: 'SC', re: /\b(?:SC|UNSC|SECURITY COUNCIL)\b/ },
  { body: 'GA', re: /\b(?:GA|UNGA|GENERAL ASSEMBLY)\b/ },
];

function kindFrom(text: string): ResolutionKind | null {
  if (/决定|\bDECISIONS?\b|\bDEC\b/.test(text)) return 'decision';
  if (/决议|\bRESOLUTIONS?\b|\bRES\b/.test(text)) return 'resolution';
  return null;
}

function bodyFrom(original: string, upper: string, numberAt: number): Body | null {
  // Chinese phrases the pipeline reads (`麻醉药品委员会第 56/9 号决议`, `大会第 74/247 号决议`).
  for (const ref of findReferences(original, { documentKind: 'ed-report' })) {
    if (ref.type === 'resolution' && ref.body) return ref.body;
  }
  for (const { body, re } of BODY_WORDS) if (re.test(upper)) return body;
  // Short Chinese names the pipeline leaves to context: typed alone, they name one conference.
  if (/缔约国会议|反腐败公约/.test(original)) return 'COSP-UNCAC';
  if (/缔约方会议|缔约方大会|有组织犯罪公约/.test(original)) return 'COP-UNTOC';
  // A bare Chinese name before the number (`大会 74/247`, `麻委会74/247`).
  const before = original.slice(0, numberAt).replace(/第|号|决议|决定|[\s,，、:：]/g, '');
  return before ? bodyFromName(before) : null;
}

/** Reads what the input names; never throws, whatever it is given. */
export function parseLookupQuery(input: unknown): LookupQuery {
  if (typeof input !== 'string') return { type: 'none' };
  const text = cleanInput(input);
  if (text === '' || text.length > MAX_INPUT) return { type: 'none' };
  const upper = text.toUpperCase();

  const res = RES_SYMBOL.exec(upper);
  if (res) {
    const body: Body = res[1] === 'A' ? 'GA' : res[1] === 'S' ? 'SC' : 'ECOSOC';
    // `official` keeps the typed symbol: old ECOSOC symbols (`E/RES/1106(XL)`) do not carry the year the number has.
    return {
      type: 'resolution',
      body,
      kind: 'resolution',
      number: normalizeResolutionNumber(res[2]!),
      official: `${res[1]}/RES/${res[2]!}`,
    };
  }
  const place = parsePlaceQuery(text);
  if (place) return place;
  const doc = DOC_SYMBOL.exec(upper);
  if (doc) {
    // `E/CN.7/2022/2 号文件`: the symbol is what the pipeline's grammar reads, else the ASCII run; the Chinese around it is not part of it.
    const whole = WHOLE_SYMBOL.exec(text);
    const run = (whole?.[0] ?? /^[\x20-\x7e]+/.exec(text.slice(doc.index))?.[0] ?? '').trim().replace(/[,.;:]+$/, '');
    const parts = run
      .split(new RegExp(String.raw`\s*-\s*(?=(?:${SYMBOL_SERIES.join('|')})\s*/)`, 'i'))
      .map((p) => normalizeSymbol(p))
      .filter((p) => p !== '');
    return { type: 'symbol', symbol: parts.join('-'), parts };
  }
  // Upper case so that part letters and roman sessions typed in lower case (`72/266 a`) still read.
  const m = NUMBER_RE.exec(upper);
  if (!m) return { type: 'none' };
  const number = normalizeResolutionNumber(m[0]);
  return { type: 'resolution', number, body: bodyFrom(text, upper, m.index), kind: kindFrom(upper) };
}

/** Matching key: case, width and spacing do not matter (`e/cn.7/2022/2` = `E/CN.7/2022/2`). */
export function symbolKey(symbol: string): string {
  return cleanInput(symbol).replace(/\s+/g, '').toUpperCase();
}

function numberKey(number: string): string {
  return normalizeResolutionNumber(number).toUpperCase();
}

/** URL of a resolution page, from the same permalink code the pipeline uses. */
export function resolutionUrl(body: Body, kind: ResolutionKind, number: string): string {
  return permalinks.resolution(resolutionId(body, kind, number));
}

function resolutionTarget([body, kind, number, title]: ResolutionRow): LookupTarget {
  return {
    url: resolutionUrl(body, kind, number),
    label: resolutionLabel(body, kind, number),
    labelEn: resolutionLabelEn(body, kind, number),
    title,
    note: null,
    noteEn: null,
  };
}

function symbolTarget([symbol, url, type, inferred, title]: SymbolRow): LookupTarget {
  const note = type === 'c' ? '本站引用的文件（正文不在本站）' : inferred === 'i' ? '文号由编辑推断' : null;
  const noteEn = type === 'c' ? 'cited here (its text is not on this site)' : inferred === 'i' ? 'symbol inferred by the editors' : null;
  return { url, label: symbol, labelEn: symbol, title, note, noteEn };
}

/** `https://undocs.org/zh/A/RES/74/247` (the permalink module owns the scheme). */
export const officialUrl = officialTextUrl;

/** The UN symbol of a resolution not in the corpus, where the number's form says which body it is. */
function guessOfficialSymbol(q: Extract<LookupQuery, { type: 'resolution' }>): string | null {
  const kind = q.kind ?? 'resolution';
  if (q.body) return officialSymbol(q.body, kind, q.number);
  if (/^\d+ \(\d{4}\)$/.test(q.number)) return officialSymbol('SC', kind, q.number);
  if (/^(19|20)\d\d\/\d+$/.test(q.number)) return officialSymbol('ECOSOC', kind, q.number);
  if (hasGeneralAssemblyForm(q.number)) return officialSymbol('GA', kind, q.number);
  return null;
}

function describe(q: Extract<LookupQuery, { type: 'resolution' }>): string {
  const kind = q.kind === 'decision' ? '决定' : q.kind === 'resolution' ? '决议' : '决议或决定';
  return `${q.body ? bodyNames[q.body].zh : ''}第 ${q.number} 号${kind}`;
}

function describeEn(q: Extract<LookupQuery, { type: 'resolution' }>): string {
  const kind = q.kind ?? 'resolution or decision';
  return `${q.body ? `${bodyNames[q.body].en} ` : ''}${kind} ${q.number}`;
}

function unique(targets: LookupTarget[]): LookupTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => (seen.has(t.url) ? false : (seen.add(t.url), true)));
}

function settle(query: LookupQuery, targets: LookupTarget[]): LookupOutcome | null {
  const u = unique(targets);
  if (u.length === 1) return { status: 'found', query, target: u[0]! };
  if (u.length > 1) return { status: 'ambiguous', query, targets: u };
  return null;
}

function lookupResolution(q: Extract<LookupQuery, { type: 'resolution' }>, table: LookupTable): LookupOutcome {
  const key = numberKey(q.number);
  const fits = (r: ResolutionRow) => (!q.body || r[0] === q.body) && (!q.kind || r[1] === q.kind);
  const official = q.official ? symbolKey(q.official) : null;
  const same = table.resolutions.filter(
    (r) => numberKey(r[2]) === key || (official !== null && symbolKey(officialSymbol(r[0], r[1], r[2]) ?? '') === official),
  );
  const exact = settle(q, same.filter(fits).map(resolutionTarget));
  if (exact) return exact;
  // `72/266` for `72/266 A` and `72/266 B`: the parts are the readings.
  const parts = table.resolutions.filter(
    (r) => fits(r) && numberKey(r[2]).startsWith(`${key} `) && /^[A-H]$/.test(numberKey(r[2]).slice(key.length + 1)),
  );
  const byPart = settle(q, parts.map(resolutionTarget));
  if (byPart) return byPart;
  const symbol = guessOfficialSymbol(q);
  return {
    status: 'missing',
    query: q,
    label: describe(q),
    labelEn: describeEn(q),
    officialUrl: symbol ? officialUrl(symbol) : null,
    related: unique(same.map(resolutionTarget)),
  };
}

function lookupSymbol(q: Extract<LookupQuery, { type: 'symbol' }>, table: LookupTable): LookupOutcome {
  const rows = new Map<string, SymbolRow[]>();
  for (const row of table.symbols) {
    const k = symbolKey(row[0]);
    rows.set(k, [...(rows.get(k) ?? []), row]);
  }
  // A corpus document before a cited symbol with the same text: the document has the words.
  const find = (s: string) => (rows.get(symbolKey(s)) ?? []).toSorted((a, b) => a[2].localeCompare(b[2]))[0];
  const whole = find(q.symbol);
  if (whole) return { status: 'found', query: q, target: symbolTarget(whole) };
  const found = q.parts.flatMap((p) => (find(p) ? [symbolTarget(find(p)!)] : []));
  // A joint symbol whose every part is held is one document: the first part's page, under the joint symbol.
  if (q.parts.length > 1 && found.length === q.parts.length)
    return { status: 'found', query: q, target: { ...found[0]!, label: q.symbol, labelEn: q.symbol } };
  const byPart = settle(q, found);
  if (byPart) return byPart;
  // `E/CN.7/2022/3` when the corpus holds `E/CN.7/2022/3/Add.1`, `A/76/6` for `A/76/6 (Sect. 16)`: shown as related, not taken for it.
  const prefixes = q.parts.flatMap((p) => [`${symbolKey(p)}/`, `${symbolKey(p)}(`]);
  const related = table.symbols.filter((r) => prefixes.some((p) => symbolKey(r[0]).startsWith(p))).map(symbolTarget);
  const first = q.parts[0] ?? q.symbol;
  // Only a symbol the grammar reads whole gets a link to the official text: never a URL built from a typo.
  const url = isWellFormedSymbol(first) ? officialUrl(first) : null;
  return { status: 'missing', query: q, label: q.symbol, labelEn: q.symbol, officialUrl: url, related: unique(related) };
}

const PLACE_WORD: Record<PlaceRow[0], (n: string) => string> = { p: (n) => `第 ${n} 段`, t: (n) => `表 ${n}`, f: (n) => `图 ${n}` };
const PLACE_WORD_EN: Record<PlaceRow[0], (n: string) => string> = {
  p: (n) => `para. ${n}`,
  t: (n) => `Table ${n}`,
  f: (n) => `Figure ${n}`,
};

function placeLabel(symbol: string, q: PlaceQuery, printed: string, words = PLACE_WORD): string {
  const n = q.kind === 'paragraph' && q.item ? `${printed}(${q.item})` : printed;
  const word = words[q.kind === 'paragraph' ? 'p' : q.kind === 'table' ? 't' : 'f'](n);
  return words === PLACE_WORD ? `${symbol} ${word}`.trim() : symbol ? `${symbol}, ${word}` : word;
}

function placeTarget(row: PlaceRow, places: PlaceTable, q: PlaceQuery): LookupTarget {
  const doc = places.documents[row[1]]!;
  const printed = row[3] || row[2];
  return {
    url: row[4],
    label: placeLabel(doc[0], q, printed),
    labelEn: placeLabel(doc[0], q, printed, PLACE_WORD_EN),
    title: row[5],
    note: null,
    noteEn: null,
  };
}

/** The documents a place query may be in: all, or those the typed symbol names (whole or by one of its parts). */
function placeDocuments(q: PlaceQuery, places: PlaceTable): number[] | null {
  if (q.symbol === null) return null;
  const keys = new Set([q.symbol, ...q.parts].map(symbolKey));
  return places.documents.flatMap((d, i) => ([d[0], ...d[1]].some((s) => keys.has(symbolKey(s))) ? [i] : []));
}

function lookupPlace(q: PlaceQuery, table: LookupTable): LookupOutcome {
  const places = table.places ?? { documents: [], places: [] };
  const docs = placeDocuments(q, places);
  const code = q.kind === 'paragraph' ? 'p' : q.kind === 'table' ? 't' : 'f';
  if (docs !== null && docs.length === 0) {
    // A document the site does not hold: what the symbol lookup says of it (a cited symbol's page, sections it does hold, the official text).
    const s = lookupSymbol({ type: 'symbol', symbol: q.symbol!, parts: q.parts }, table);
    const related = s.status === 'found' ? [s.target] : s.status === 'ambiguous' ? s.targets : s.status === 'missing' ? s.related : [];
    const official = s.status === 'missing' ? s.officialUrl : isWellFormedSymbol(q.parts[0] ?? '') ? officialUrl(q.parts[0]!) : null;
    return {
      status: 'missing',
      query: q,
      label: placeLabel(q.symbol!, q, q.number),
      labelEn: placeLabel(q.symbol!, q, q.number, PLACE_WORD_EN),
      officialUrl: official,
      related,
    };
  }
  const rows = places.places.filter((r) => r[0] === code && r[2] === q.number && (docs === null || docs.includes(r[1])));
  const settled = settle(
    q,
    rows.map((r) => placeTarget(r, places, q)),
  );
  if (settled) return settled;
  // A bare `3.5` that is no paragraph is ordinary text; a worded one (`第 99.1 段`, `表 99.1`) is a place that is not here.
  if (!q.explicit) return { status: 'none' };
  const related = (docs ?? [])
    .map((i) => places.documents[i]!)
    .map(([symbol, , url]) => ({ url, label: symbol, labelEn: symbol, title: '', note: null, noteEn: null }));
  return {
    status: 'missing',
    query: q,
    label: placeLabel(q.symbol ?? '', q, q.number),
    labelEn: placeLabel(q.symbol ?? '', q, q.number, PLACE_WORD_EN),
    officialUrl: null,
    related,
  };
}

/** The whole lookup: input → the page, the readings, or a clear "not in this corpus" with the official link. */
export function lookup(input: unknown, table: LookupTable): LookupOutcome {
  const q = parseLookupQuery(input);
  if (q.type === 'none') return { status: 'none' };
  if (q.type === 'place') return lookupPlace(q, table);
  return q.type === 'resolution' ? lookupResolution(q, table) : lookupSymbol(q, table);
}

/** Every body the table may hold (for validating a table read from the network). */
// From bodyNames (same order as the schema's list), not from core/schemas: importing a value from there
// would bundle zod into every page's search script, and zod's eval probe trips the Content-Security-Policy.
export const knownBodies: readonly Body[] = Object.keys(bodyNames) as Body[];
