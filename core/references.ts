/**
 * Finding references in Chinese UN text: resolutions and decisions (`大会第 74/247 号决议`) and document
 * symbols (`A/75/339/Add.1`), plus the identities derived from a resolution number (id, year, session,
 * official symbol). Pure functions, no I/O.
 */
import type { Body, DocumentKind } from './schemas/common.ts';
import { slug } from './permalinks.ts';
import { toHalfWidth } from './text.ts';

/** A resolution or decision named in the text. */
export interface ResolutionReference {
  type: 'resolution';
  /** Adopting body, null when the text does not make it certain. */
  body: Body | null;
  /** `stated`: the body is named for this reference; `list`: shared with the list it stands in; `inferred`: from context or convention. */
  bodyBasis: 'stated' | 'list' | 'inferred';
  kind: 'resolution' | 'decision';
  /** Number as the UN writes it (`74/247`, `72/266 A`, `2331 (2016)`). */
  number: string;
  /** The reference as printed: the whole phrase from the body's name to `号决议` (shared by the members of a list). */
  text: string;
  /** Offset of `text` in the input (members of one list share it). */
  index: number;
}

/** A UN document symbol named in the text; each part of a joint symbol is its own reference. */
export interface SymbolReference {
  type: 'symbol';
  /** Symbol as the UN writes it (`A/75/6 (Sect. 16)/Corr.1`). */
  symbol: string;
  /** The symbol as printed. */
  text: string;
  index: number;
}

export type FoundReference = ResolutionReference | SymbolReference;

export type ResolutionKind = ResolutionReference['kind'];

// ---------------------------------------------------------------------------------------------
// Numbers

/**
 * One resolution number, on half-width text: special sessions `S-30/1`; session/number with an optional
 * roman session (`1966/1106 (XL)`) and part letter (`72/266 A`); number with a year or roman session in
 * brackets (`2331(2016)`, `2491 (XXIII)`, `1(XXXIII)`).
 */
export const NUMBER_SOURCE = String.raw`(?:S\s*[-–]\s*\d{1,2}\s*/\s*\d{1,3}|\d{1,4}\s*/\s*\d{1,4}(?:\s*\(\s*[IVXLC]+\s*\))?(?:\s*[A-H](?![A-Za-z/]))?|\d{1,4}\s*\(\s*(?:\d{4}|[IVXLC]+)\s*\))(?![\d/])`;

/** `74 / 247` → `74/247`, `72/266A` → `72/266 A`, `2331(2016)` → `2331 (2016)`, full-width digits → ASCII. */
export function normalizeResolutionNumber(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[–—－]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\/\s*/g, '/')
    .replace(/^S\s*-\s*/, 'S-')
    .replace(/\s*\(\s*([^)]*?)\s*\)/g, ' ($1)')
    .replace(/(\d)\s*([A-H])$/, '$1 $2');
}

/** Record id of a resolution or decision: `ga-resolution-74-247`. */
export function resolutionId(body: Body, kind: ResolutionKind, number: string): string {
  return `${body.toLowerCase()}-${kind}-${slug(normalizeResolutionNumber(number))}`;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToNumber(roman: string): number | null {
  if (!/^[IVXLC]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i]!]!;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Years of sessions that a formula cannot give: facts of the bodies, from the UN's session calendars.
 * Special sessions of the General Assembly (S-N) by N.
 */
const GA_SPECIAL_SESSION_YEARS: Record<number, number> = {
  1: 1947,
  2: 1948,
  3: 1961,
  4: 1963,
  5: 1967,
  6: 1974,
  7: 1975,
  8: 1978,
  9: 1978,
  10: 1978,
  11: 1980,
  12: 1982,
  13: 1986,
  14: 1986,
  15: 1988,
  16: 1989,
  17: 1990,
  18: 1990,
  19: 1997,
  20: 1998,
  21: 1999,
  22: 1999,
  23: 2000,
  24: 2000,
  25: 2001,
  26: 2001,
  27: 2002,
  28: 2005,
  29: 2014,
  30: 2016,
  31: 2020,
  32: 2021,
};
/** Conference of the Parties to the UN Convention against Transnational Organized Crime: session → year. */
const COP_UNTOC_SESSION_YEARS: Record<number, number> = {
  1: 2004,
  2: 2005,
  3: 2006,
  4: 2008,
  5: 2010,
  6: 2012,
  7: 2014,
  8: 2016,
  9: 2018,
  10: 2020,
  11: 2022,
  12: 2024,
};
/** Conference of the States Parties to the UN Convention against Corruption: session → year. */
const COSP_UNCAC_SESSION_YEARS: Record<number, number> = {
  1: 2006,
  2: 2008,
  3: 2009,
  4: 2011,
  5: 2013,
  6: 2015,
  7: 2017,
  8: 2019,
  9: 2021,
  10: 2023,
};
/** The GA's regular session N opens in September of 1945 + N (session 1: 1946). */
const GA_FIRST_YEAR = 1945;
/** CND sessions have been annual since the 1990s: session N meets in 1957 + N (56th: 2013). Earlier sessions were not annual, so no year is derived below this session. */
const CND_ANNUAL_OFFSET = 1957;
const CND_FIRST_ANNUAL_SESSION = 35;
/** CCPCJ was set up in 1992 and meets yearly: session N in 1991 + N (27th: 2018). */
const CCPCJ_OFFSET = 1991;

/** What a resolution number itself fixes about when it was adopted. */
export interface Adoption {
  /** Calendar year of adoption, only where the number fixes it: a year in the number (ECOSOC `2017/18`, SC `2331 (2016)`) or a session held within one calendar year (CND, CCPCJ, the conferences, GA special sessions). */
  year: number | null;
  /** Regular session of adoption (GA, CND, CCPCJ, conferences), else null. */
  session: number | null;
  /** First and last calendar year of that session (GA session 65: 2010–2011), else null. */
  sessionYears: [number, number] | null;
}

/**
 * When a resolution was adopted, as far as its number tells. A General Assembly regular session runs from
 * September into the next year, so its number fixes the session and its two years, never the year: GA
 * 65/308 was adopted in July 2011, in the 65th session (2010–2011). A year printed in the text is applied
 * by the reference pass, not here.
 */
export function deriveAdoption(body: Body, number: string): Adoption {
  const n = normalizeResolutionNumber(number);
  const none: Adoption = { year: null, session: null, sessionYears: null };
  const within = (year: number | null, session: number | null): Adoption => ({
    year,
    session,
    sessionYears: year === null ? null : [year, year],
  });
  const special = /^S-(\d+)\//.exec(n);
  const sessionSlash = /^(\d+)\//.exec(n);
  const bracket = /\(([^)]+)\)/.exec(n)?.[1] ?? null;
  const romanSession = bracket ? romanToNumber(bracket) : null;
  switch (body) {
    case 'GA': {
      if (special) return within(GA_SPECIAL_SESSION_YEARS[Number(special[1])] ?? null, null);
      const session = sessionSlash ? Number(sessionSlash[1]) : romanSession;
      return session === null ? none : { year: null, session, sessionYears: [GA_FIRST_YEAR + session, GA_FIRST_YEAR + session + 1] };
    }
    case 'SC':
      return bracket && /^\d{4}$/.test(bracket) ? within(Number(bracket), null) : none;
    case 'ECOSOC': {
      // `2017/18` and `1966/1106 (XL)`: the year comes first; a roman numeral is the session.
      const year = /^(\d{4})\//.exec(n);
      return year ? within(Number(year[1]), romanSession) : { ...none, session: romanSession };
    }
    case 'CND': {
      const session = sessionSlash ? Number(sessionSlash[1]) : romanSession;
      if (session === null) return none;
      return session >= CND_FIRST_ANNUAL_SESSION ? within(CND_ANNUAL_OFFSET + session, session) : { ...none, session };
    }
    case 'CCPCJ': {
      const session = sessionSlash ? Number(sessionSlash[1]) : null;
      return session === null ? none : within(CCPCJ_OFFSET + session, session);
    }
    case 'COP-UNTOC':
    case 'COSP-UNCAC': {
      const session = sessionSlash ? Number(sessionSlash[1]) : null;
      const table = body === 'COP-UNTOC' ? COP_UNTOC_SESSION_YEARS : COSP_UNCAC_SESSION_YEARS;
      return session === null ? none : within(table[session] ?? null, session);
    }
  }
}

/**
 * A year printed with the reference, right before its number: `大会 2011 年 7 月 14 日第 65/308 号决议`,
 * `大会 2006 年第 60/288 号决议`, `缔约方大会 2018 年通过的第 9/1 号决议`. Null when none is printed.
 */
export function printedYear(text: string, number: string): number | null {
  const re = new RegExp(String.raw`(\d{4})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:通过的?)?\s*第\s*(${NUMBER_SOURCE})`, 'g');
  const want = normalizeResolutionNumber(number);
  for (const m of toHalfWidth(text).matchAll(re)) if (normalizeResolutionNumber(m[2]!) === want) return Number(m[1]);
  return null;
}

/** The UN's own symbol of a resolution (`A/RES/74/247`, `S/RES/2331(2016)`); null for decisions and bodies without a RES series. */
export function officialSymbol(body: Body, kind: ResolutionKind, number: string): string | null {
  if (kind !== 'resolution') return null;
  const n = normalizeResolutionNumber(number);
  const compactBracket = (s: string) => s.replace(/ \(/g, '(');
  switch (body) {
    case 'GA':
      return `A/RES/${compactBracket(n)}`;
    case 'SC':
      return /^\d+ \(\d{4}\)$/.test(n) ? `S/RES/${compactBracket(n)}` : null;
    case 'ECOSOC': {
      // Before 1978 ECOSOC numbered resolutions by session (`1106(XL)`); the Chinese text prefixes the year.
      const old = /^\d{4}\/(\d+) \(([IVXLC]+)\)$/.exec(n);
      if (old) return `E/RES/${old[1]}(${old[2]})`;
      return /^\d{4}\/\d+$/.test(n) ? `E/RES/${n}` : null;
    }
    default:
      return null;
  }
}

/** GA form: session/number with session ≥ 40 and number ≥ 100, or a part letter (`72/266 A`). */
export function hasGeneralAssemblyForm(number: string): boolean {
  const n = normalizeResolutionNumber(number);
  if (/^\d+\/\d+ [A-H]$/.test(n)) return true;
  const m = /^(\d+)\/(\d+)$/.exec(n);
  return m !== null && Number(m[1]) >= 40 && Number(m[2]) >= 100;
}

// ---------------------------------------------------------------------------------------------
// Body names

/** Full names of the bodies (glossary), with the usual short forms that cannot be mistaken. */
const BODY_PATTERNS: { body: Body; re: RegExp }[] = [
  { body: 'COP-UNTOC', re: /《?(?:联合国)?打击跨国有?组织犯罪公约》?缔约方会议/g },
  { body: 'COSP-UNCAC', re: /《?(?:联合国)?反腐败公约》?缔约国会议/g },
  { body: 'CCPCJ', re: /预防犯罪和刑事司法委员会|预防犯罪委员会/g },
  { body: 'CND', re: /麻醉药品委员会|麻委会/g },
  { body: 'ECOSOC', re: /经济及社会理事会|经社理事会/g },
  { body: 'SC', re: /安全理事会|安理会/g },
  { body: 'GA', re: /(?:联合国)?大会/g },
];

/**
 * `大会` alone is the General Assembly, except as the end of another assembly's name: the Crime Congress
 * (`预防犯罪大会`, `刑事司法大会`), the World Health Assembly (`卫生大会`), conferences of parties
 * (`缔约方大会`, `缔约国大会`), congresses of representatives or members (`代表大会`, `会员大会`).
 */
const NOT_GA_BEFORE = /(?:罪|法|生|方|缔约国|表|员)$/;

function isGeneralAssemblyAt(text: string, index: number, match: string): boolean {
  if (match.startsWith('联合国')) return true;
  return !NOT_GA_BEFORE.test(text.slice(Math.max(0, index - 3), index));
}

interface BodyMention {
  /** Body, or null for a short conference name the context does not settle. */
  body: Body | null;
  /** True when the body comes from a short name settled by the context. */
  inferred: boolean;
  start: number;
  end: number;
}

/** Short conference names: certain only where the text names one convention and not the other. */
function shortConferenceBody(text: string, name: '缔约方会议' | '缔约国会议'): Body | null {
  const untoc = /打击跨国有?组织犯罪公约|有组织犯罪公约/.test(text);
  const uncac = /反腐败公约/.test(text);
  if (name === '缔约方会议') return untoc && !uncac ? 'COP-UNTOC' : null;
  return uncac && !untoc ? 'COSP-UNCAC' : null;
}

/** Every body named in the text, leftmost-longest, in order. */
function findBodyMentions(text: string): BodyMention[] {
  const found: BodyMention[] = [];
  for (const { body, re } of BODY_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (body === 'GA' && !isGeneralAssemblyAt(text, m.index, m[0])) continue;
      found.push({ body, inferred: false, start: m.index, end: m.index + m[0].length });
    }
  }
  // `缔约方大会` is a variant rendering of the Conference of the Parties.
  for (const m of text.matchAll(/缔约方会议|缔约方大会|缔约国会议/g)) {
    const body = shortConferenceBody(text, m[0] === '缔约国会议' ? '缔约国会议' : '缔约方会议');
    found.push({ body, inferred: true, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BodyMention[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

/** The body a whole heading or cell names, or null: `大会`, `麻醉药品委员会`, `联合国打击跨国组织犯罪公约缔约方会议`. */
export function bodyFromName(name: string): Body | null {
  const t = toHalfWidth(name).replace(/\s+/g, '');
  for (const { body, re } of BODY_PATTERNS) {
    const anchored = new RegExp(`^(?:${re.source})$`);
    if (anchored.test(t)) return body;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Finding references

const NUMBER_RE = new RegExp(NUMBER_SOURCE, 'g');
const LIST_SEPARATOR = String.raw`(?:、|,|，|和|及|以及|与|或)`;
/** What may close a list before `决议`/`决定`: `等` (`第 45/179…号等决议`), `诸项`/`各项`/`几项` (`第 52/13 号…第 60/3 号诸项决议`). */
const LIST_CLOSE = String.raw`(?:等|诸项|各项|几项|等项)?`;
/** `第 46/152、56/119 和 74/171 号决议`, `第 56/9 号、第 59/3 号…决议`, `第 45/179…46/185 C 号等决议`. */
const LIST_RE = new RegExp(
  String.raw`第\s*${NUMBER_SOURCE}(?:\s*号)?(?:\s*${LIST_SEPARATOR}\s*(?:第\s*)?${NUMBER_SOURCE}(?:\s*号)?)*\s*号?\s*${LIST_CLOSE}\s*(决议|决定)`,
  'g',
);
/** `A/RES/74/247`, `S/RES/2331 (2016)`, `E/RES/2017/18`. */
const RES_SYMBOL_RE = new RegExp(String.raw`(?<![A-Za-z0-9/.])([AES])/RES/(${NUMBER_SOURCE})`, 'g');

/**
 * Roots of the UN document series a symbol may start with: the principal organs (A/, E/, S/), the
 * Secretariat (ST/), the Joint Inspection Unit (JIU/REP/, JIU/NOTE/), UNODC's conferences (CTOC/COP/,
 * CAC/COSP/), funds and programmes, and the treaty bodies. A root must be followed by two or more parts,
 * so grades (`P-2/1`) and form names (`表 B/P`) are not symbols.
 */
export const SYMBOL_SERIES = [
  'A',
  'E',
  'S',
  'ST',
  'JIU',
  'CTOC',
  'CAC',
  'DP',
  'TD',
  'UNEP',
  'UNW',
  'CEDAW',
  'CRC',
  'CCPR',
  'CERD',
  'CAT',
  'CRPD',
] as const;
const SERIES = `(?:${SYMBOL_SERIES.join('|')})`;
const SYMBOL_SEGMENT = String.raw`[A-Za-z0-9]+(?:\.[A-Za-z0-9]+|-(?!${SERIES}/)[A-Za-z0-9]+)*`;
/** The bracket may wrongly enclose a following part (`A/75/6 (Sect. 16/Corr.1)`, a misprint): it is still read. */
const SINGLE_SYMBOL = String.raw`${SERIES}(?:/\s?${SYMBOL_SEGMENT}){2,}(?:\s?\((?:Sect|Part|Chap)\.\s?\d+(?:/${SYMBOL_SEGMENT})*\))?(?:/${SYMBOL_SEGMENT})*`;
/** The single symbols of a joint symbol (`E/CN.7/2022/2-E/CN.15/2022/2` → both parts); a single symbol → itself. */
export function splitJointSymbol(symbol: string): string[] {
  return symbol.split(new RegExp(`-(?=${SERIES}/)`));
}

/** A symbol, or a joint symbol whose parts are joined by a dash (`E/CN.7/2022/3-E/CN.15/2022/3`). */
export const SYMBOL_SOURCE = String.raw`(?<![A-Za-z0-9/.\-])${SINGLE_SYMBOL}(?:\s?[-–]\s?${SINGLE_SYMBOL})*`;
const SYMBOL_RE = new RegExp(SYMBOL_SOURCE, 'g');
const SINGLE_SYMBOL_RE = new RegExp(SINGLE_SYMBOL, 'g');

/**
 * A symbol as the UN writes it: no space after a slash, `(Sect. 16)` with one space before, and parts
 * after the bracket (`A/75/6 (Sect. 16/Corr.1)` → `A/75/6 (Sect. 16)/Corr.1`; see `isMisprintedSymbol`).
 */
export function normalizeSymbol(raw: string): string {
  return toHalfWidth(raw)
    .trim()
    .replace(/\/\s+/g, '/')
    .replace(/\s?\((Sect|Part|Chap)\.\s?(\d+)((?:\/[^)]*)?)\)/g, ' ($1. $2)$3');
}

/** True when the printed symbol differs from the UN form by more than spacing and character width. */
export function isMisprintedSymbol(printed: string, symbol: string): boolean {
  const squeeze = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
  return squeeze(printed) !== squeeze(symbol);
}

/** What may stand between a body's name and `第`: dates, session names, quoted titles, `关于…的`, and small words. */
function isBodyGap(gap: string): boolean {
  const g = gap
    .replace(/“[^”]*”|"[^"]*"|《[^》]*》/g, '')
    .replace(/\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g, '')
    .replace(/第[^，。；、,;]{1,8}?届(?:特别)?会议(?:续会)?/g, '')
    .replace(/关于[^，。；、,;“”]{0,30}?的/g, '')
    .replace(/\s+/g, '');
  return /^(?:在|于|的|题为|通过了|通过的|通过|上|所|中)*$/.test(g);
}

/** What may stand between two references of one list: connectives and pinpoints (`第六节`, `所定`). */
function isListGap(gap: string): boolean {
  const g = gap
    .replace(/第\s*[\d一二三四五六七八九十百零]+\s*[段节条章款]/g, '')
    .replace(/附件[一二三四五六七八九十]*|所定/g, '')
    .replace(/\s+/g, '');
  return /^[、和及与或以并]*$/.test(g);
}

/**
 * A body named as the topic of a `关于…的` phrase, not as the adopter: in `大会关于加强经济及社会理事会的第
 * 68/1 号决议` the Council is what the Assembly's resolution is about. A body right before `第` is never a topic.
 */
function isTopicMention(text: string, mention: { start: number; end: number }, windowStart: number, numberStart: number): boolean {
  const before = text.slice(windowStart, mention.start);
  return /关于[^的，。；、,;“”]*$/.test(before) && /的/.test(text.slice(mention.end, numberStart));
}

/** Where the clause holding `index` starts: references do not take a body across a full stop. */
function clauseStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (/[。；;！？!?]/.test(text[i]!)) return i + 1;
  return 0;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, '');

/**
 * Every resolution, decision and document symbol in `text`, in order. A bare number with no body named
 * is, in a budget fascicle (a General Assembly document), the Assembly's by the UN's convention; that is
 * applied only to numbers of the GA form and marked `inferred`. Elsewhere the body stays null.
 */
export function findReferences(text: string, ctx: { documentKind: DocumentKind }): FoundReference[] {
  if (typeof text !== 'string' || text === '') return [];
  // Every form needs a slash (symbols, `A/RES/…`, `74/247`) or `决议`/`决定` (`第 2331 (2016) 号决议`): most text
  // has neither, and skipping it saves the regular expressions below (a third of the parse).
  if (!/[/／]|决[议定]/.test(text)) return [];
  const h = toHalfWidth(text); // same length as `text`, so offsets carry over
  const out: FoundReference[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);

  for (const m of h.matchAll(RES_SYMBOL_RE)) {
    const body: Body = m[1] === 'A' ? 'GA' : m[1] === 'S' ? 'SC' : 'ECOSOC';
    const end = m.index + m[0].length;
    out.push({
      type: 'resolution',
      body,
      bodyBasis: 'stated',
      kind: 'resolution',
      number: normalizeResolutionNumber(m[2]!),
      text: oneLine(text.slice(m.index, end)),
      index: m.index,
    });
    taken.push([m.index, end]);
  }

  const mentions = findBodyMentions(h);
  let previous: { end: number; body: Body | null; basis: ResolutionReference['bodyBasis'] } | null = null;
  for (const m of h.matchAll(LIST_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind: ResolutionKind = m[1] === '决定' ? 'decision' : 'resolution';
    const windowStart = Math.max(clauseStart(h, start), previous?.end ?? 0, start - 120);
    // The nearest body named before `第` with only a permitted gap between; a nearer mention of the same
    // body inside that gap (`大会通过关于…大会特别会议的第 73/191 号决议`) does not break it.
    const before = mentions.filter((b) => b.end <= start && b.start >= windowStart && !isTopicMention(h, b, windowStart, start)).reverse();
    const mention = before.find((b, i) => isBodyGap(h.slice(b.end, start)) && before.slice(0, i).every((x) => x.body === b.body));
    let body: Body | null = null;
    let basis: ResolutionReference['bodyBasis'] = 'inferred';
    let named = false;
    if (mention) {
      named = true;
      body = mention.body;
      basis = mention.inferred ? 'inferred' : 'stated';
    } else if (previous && previous.body && isListGap(h.slice(previous.end, start))) {
      body = previous.body;
      basis = previous.basis === 'inferred' ? 'inferred' : 'list';
    }
    const listText = m[0].replace(/(决议|决定)$/, '');
    const members = [...listText.matchAll(NUMBER_RE)];
    // Every member carries the whole phrase, from the body's name (when named) to `号决议`.
    const phraseStart = named && mention ? mention.start : start;
    const phrase = oneLine(text.slice(phraseStart, end));
    members.forEach((num, i) => {
      const number = normalizeResolutionNumber(num[0]);
      let b = body;
      let memberBasis: ResolutionReference['bodyBasis'] = i === 0 || basis === 'inferred' ? basis : 'list';
      if (!b && !named && ctx.documentKind === 'budget-fascicle' && hasGeneralAssemblyForm(number)) {
        b = 'GA';
        memberBasis = 'inferred';
      }
      out.push({ type: 'resolution', body: b, bodyBasis: memberBasis, kind, number, text: phrase, index: phraseStart });
    });
    const last = out[out.length - 1] as ResolutionReference;
    previous = { end, body: last.body, basis: last.bodyBasis };
    taken.push([start, end]);
  }

  for (const m of h.matchAll(SYMBOL_RE)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    for (const part of m[0].matchAll(SINGLE_SYMBOL_RE)) {
      const at = m.index + part.index;
      out.push({ type: 'symbol', symbol: normalizeSymbol(part[0]), text: oneLine(text.slice(at, at + part[0].length)), index: at });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
