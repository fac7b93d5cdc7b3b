/**
 * Chapters of a long document: its text cut at headings into pages a phone opens fast, and where each anchor of
 * the whole-document page now lives. Pure functions of the document's blocks and records: the cut follows the
 * document's own outline (a part, a subprogramme, an annex), never line numbers or one seed's titles.
 */
import type { Block } from './schemas/block.ts';
import type { DocumentRecord } from './schemas/document.ts';
import type { Paragraph } from './schemas/paragraph.ts';
import type { Table } from './schemas/table.ts';
import type { Figure } from './schemas/figure.ts';
import type { Mandate } from './schemas/mandate.ts';
import { blockPlaces, mandateAnchor } from './anchors.ts';

/** A chapter: blocks `from` (inclusive) to `to` (exclusive) of its document. */
export interface ChapterRange {
  /** URL segment: the anchor of the chapter's first heading (`subprogramme-3`), `front` for text before any heading. */
  key: string;
  /** The chapter's first heading as printed (empty for the front matter). */
  title: string;
  from: number;
  to: number;
}

/**
 * Weight above which a document (or one of its sections) is cut at its next heading level: about the text of a
 * few subprogrammes, so a chapter page stays a fraction of the largest fascicle. Measured in characters of the
 * records a block renders (see blockWeight).
 */
export const CHAPTER_WEIGHT = 60_000;

/** Heading blocks in [from, to) of the smallest level there, as block indexes. */
function topHeadings(blocks: Block[], from: number, to: number): number[] {
  let level = Infinity;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b.type === 'heading') level = Math.min(level, b.level);
  }
  const cuts: number[] = [];
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b.type === 'heading' && b.level === level) cuts.push(i);
  }
  return cuts;
}

/** Cuts [from, to) at its top headings, recursively, until every piece weighs at most `max` or has no heading to cut at. */
function cut(blocks: Block[], weights: number[], from: number, to: number, max: number): [number, number][] {
  let total = 0;
  for (let i = from; i < to; i++) total += weights[i]!;
  if (total <= max) return [[from, to]];
  const inner = blocks[from]!.type === 'heading' ? from + 1 : from;
  const cuts = topHeadings(blocks, inner, to);
  if (cuts.length === 0) return [[from, to]];
  const pieces: [number, number][] = [];
  const bounds = [from, ...cuts.filter((c) => c > from), to];
  for (let k = 0; k + 1 < bounds.length; k++) pieces.push(...cut(blocks, weights, bounds[k]!, bounds[k + 1]!, max));
  return mergeBare(pieces, weights);
}

/** A piece with nothing but headings (no weight) joins the piece after it: a chapter never shows a heading alone. */
function mergeBare(pieces: [number, number][], weights: number[]): [number, number][] {
  const out: [number, number][] = [];
  let pending: number | null = null;
  for (const [a, b] of pieces) {
    const bare = weights.slice(a, b).every((w) => w <= 0);
    if (bare && pending === null) {
      pending = a;
      continue;
    }
    if (bare) continue;
    out.push([pending ?? a, b]);
    pending = null;
  }
  if (pending !== null) {
    if (out.length) out[out.length - 1]![1] = pieces[pieces.length - 1]![1];
    else out.push([pending, pieces[pieces.length - 1]![1]]);
  }
  return out;
}

/**
 * The chapters of a document, given each block's weight; none when the whole document weighs at most `max`
 * (it stays one page).
 */
export function splitChapters(blocks: Block[], weights: number[], max = CHAPTER_WEIGHT): ChapterRange[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= max || blocks.length === 0) return [];
  const used = new Set<string>();
  return cut(blocks, weights, 0, blocks.length, max).map(([from, to]) => {
    const first = blocks.slice(from, to).find((b) => b.type === 'heading');
    const starts = blocks[from]!.type === 'heading';
    const base = starts && first?.type === 'heading' ? first.anchor : 'front';
    let key = base;
    for (let k = 2; used.has(key); k++) key = `${base}-${k}`;
    used.add(key);
    return { key, title: starts && first?.type === 'heading' ? first.text : '', from, to };
  });
}

/** The records a document's blocks render, by their ids. */
export interface DocumentParts {
  paragraphs: Paragraph[];
  tables: Table[];
  figures: Figure[];
  mandates: Mandate[];
}

/** How much a block renders, in characters of its records: the measure chapters are cut by. */
export function blockWeights(doc: DocumentRecord, parts: DocumentParts): number[] {
  const paragraphs = new Map(parts.paragraphs.map((p) => [p.number, p]));
  const tables = new Map(parts.tables.map((t) => [t.id, t]));
  const figures = new Map(parts.figures.map((f) => [f.id, f]));
  return doc.blocks.map((b) => {
    switch (b.type) {
      case 'heading':
        return 0;
      case 'paragraph': {
        const p = paragraphs.get(b.number);
        return p ? p.text.length + p.footnotes.reduce((s, f) => s + f.text.length, 0) + 200 : 0;
      }
      case 'table': {
        const t = tables.get(b.table);
        return t ? JSON.stringify(t.rows).length : 0;
      }
      case 'figure': {
        const f = figures.get(b.figure);
        return f ? JSON.stringify(f).length : 0;
      }
      default:
        return b.text.length + 40;
    }
  });
}

/** The parts of one document by the keys its blocks name them by. */
interface PartsIndex {
  paragraphs: Map<string, Paragraph>;
  tables: Map<string, Table>;
  figures: Map<string, Figure>;
  /** Mandate anchors by the source line of the text block that lists them. */
  mandatesAt: Map<number, string[]>;
}

function indexParts(parts: DocumentParts): PartsIndex {
  const byLine = Map.groupBy(parts.mandates, (m) => m.line);
  const mandatesAt = new Map([...byLine].map(([line, ms]) => [line, ms.map((m) => mandateAnchor(m.id, true))]));
  // The first record of a key wins, as a search from the start would find it.
  const byFirst = <T, K>(records: T[], key: (r: T) => K) => {
    const map = new Map<K, T>();
    for (const r of records) if (!map.has(key(r))) map.set(key(r), r);
    return map;
  };
  return {
    paragraphs: byFirst(parts.paragraphs, (p) => p.number),
    tables: byFirst(parts.tables, (t) => t.id),
    figures: byFirst(parts.figures, (f) => f.id),
    mandatesAt,
  };
}

/** Every element id the document page renders for block `i` (the anchors a link may name). */
function blockAnchors(doc: DocumentRecord, i: number, parts: PartsIndex, places: ReturnType<typeof blockPlaces>): string[] {
  const b = doc.blocks[i]!;
  switch (b.type) {
    case 'heading':
      return b.legacyAnchor ? [b.anchor, b.legacyAnchor] : [b.anchor];
    case 'paragraph': {
      const p = parts.paragraphs.get(b.number);
      // A misprinted number keeps an anchor of its own beside the sequence number's.
      return [
        `para-${b.number}`,
        ...(p?.printedNumber ? [`para-${p.printedNumber}`] : []),
        ...(p?.footnotes ?? []).flatMap((f) => [`fn-${b.number}-${f.mark}`, `fn-${b.number}-${f.mark}-ref`]),
      ];
    }
    case 'table': {
      const t = parts.tables.get(b.table);
      return t ? [`table-${t.number}`, ...t.rows.map((r) => r.anchor)] : [];
    }
    case 'figure': {
      const f = parts.figures.get(b.figure);
      return f ? [`figure-${f.number}`, ...(f.printedNumber ? [`figure-${f.printedNumber}`] : [])] : [];
    }
    case 'text':
      return [...(places[i] ? [places[i].anchor] : []), ...(parts.mandatesAt.get(b.line) ?? [])];
    case 'footnote':
      return places[i] ? [places[i].anchor] : [];
  }
}

/** Anchor → chapter key for every anchor of a split document (empty when it is one page). */
export function chapterOfAnchors(doc: DocumentRecord, chapters: ChapterRange[], parts: DocumentParts): Map<string, string> {
  const map = new Map<string, string>();
  if (chapters.length === 0) return map;
  const places = blockPlaces(doc.blocks);
  const index = indexParts(parts);
  for (const c of chapters) {
    for (let i = c.from; i < c.to; i++) for (const a of blockAnchors(doc, i, index, places)) if (!map.has(a)) map.set(a, c.key);
  }
  return map;
}

/** The chapter fields a resolver needs from a document record. */
type Chaptered = Pick<DocumentRecord, 'id' | 'chapters'>;

/**
 * Turns a whole-document anchor URL (`/documents/<doc>/#para-16.36`) into the chapter page that holds the
 * anchor; any other URL comes back unchanged. For links built at render time from numbers.
 */
export function chapterResolver(documents: Chaptered[]): (url: string) => string {
  const where = new Map<string, Map<string, string>>();
  for (const d of documents) {
    if (!d.chapters?.length) continue;
    const m = new Map<string, string>();
    for (const c of d.chapters) for (const a of c.anchors) m.set(a, c.url);
    where.set(d.id, m);
  }
  return (url) => {
    const m = /^\/documents\/([^/]+)\/#(.+)$/.exec(url);
    const chapter = m ? where.get(m[1]!)?.get(m[2]!) : undefined;
    return chapter ? `${chapter}#${m![2]}` : url;
  };
}

// ---- forwarding an old whole-document anchor to its chapter (the document page's early script, the registry test)

/** Chapter key → the patterns that name its anchors (see compactAnchors). */
export type ForwardMap = Record<string, string[]>;

/** `text-269` → stem `text-`, number 269 (no leading zero, so `16.05` stays a plain anchor). */
const NUMBERED = /^(.*?)([1-9]\d*)$/;

/**
 * A chapter's anchors as few patterns: an anchor whose `-`-cut prefix is itself an anchor of the chapter is left
 * out (`table-16.6-row-3` under `table-16.6`, `subprogramme-6-objective` under `subprogramme-6`); runs of
 * numbered anchors become ranges (`para-16.145~168`). forwardLookup reads them back.
 */
export function compactAnchors(anchors: string[]): string[] {
  const all = new Set(anchors);
  const kept = anchors.filter((a) => {
    const parts = a.split('-');
    for (let k = parts.length - 1; k > 0; k--) if (all.has(parts.slice(0, k).join('-'))) return false;
    return true;
  });
  const plain: string[] = [];
  const numbered = new Map<string, number[]>();
  for (const a of kept) {
    const m = NUMBERED.exec(a);
    if (m) numbered.set(m[1]!, [...(numbered.get(m[1]!) ?? []), Number(m[2])]);
    else plain.push(a);
  }
  for (const [stem, ns] of numbered) {
    const sorted = [...new Set(ns)].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
      plain.push(i === j ? `${stem}${sorted[i]}` : `${stem}${sorted[i]}~${sorted[j]}`);
      i = j + 1;
    }
  }
  return plain;
}

/**
 * The lookup, as source text: it runs in the page (ES5, no helpers) and in the unit tests (new Function), so both
 * read the map the same way. The anchor itself is tried first, then each shorter `-`-cut prefix; a pattern is an
 * anchor or a range `stem a~b` of numbered anchors. Returns the chapter key, or null.
 */
export const forwardLookupSource = `function (map, h) {
  var parts = h.split('-');
  for (var k = parts.length; k > 0; k--) {
    var a = parts.slice(0, k).join('-'), m = /^(.*?)([1-9][0-9]*)$/.exec(a);
    for (var key in map) {
      var list = map[key];
      for (var i = 0; i < list.length; i++) {
        var p = list[i], t = p.indexOf('~');
        if (p === a) return key;
        if (m && t > 0) {
          var r = /^(.*?)([1-9][0-9]*)$/.exec(p.slice(0, t));
          var n = +m[2];
          if (r && r[1] === m[1] && n >= +r[2] && n <= +p.slice(t + 1)) return key;
        }
      }
    }
  }
  return null;
}`;

/** The lookup as a function, for tests and build-time checks: the very text the page runs, not a second copy. */
// eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- our own constant source, evaluated in Node only
export const forwardLookup = new Function(`return ${forwardLookupSource}`)() as (map: ForwardMap, anchor: string) => string | null;
