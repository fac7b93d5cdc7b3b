/** Cross-document pass: resolutions, decisions and document symbols cited anywhere in the corpus. */
import type { Collections } from '../../core/schemas/collections.ts';
import type { Problem } from '../../core/schemas/problem.ts';
import type { Citation, Resolution } from '../../core/schemas/resolution.ts';
import type { CitedDocument } from '../../core/schemas/cited-document.ts';
import type { Discrepancy } from '../../core/schemas/discrepancy.ts';
import { bodies, type Body } from '../../core/schemas/common.ts';
import type { DocumentMeta } from '../kinds/types.ts';
import type { SourceText } from '../lib/source.ts';
import { paragraphFootnoteAnchor, permalinks, slug } from '../../core/permalinks.ts';
import { blockPlaces, mandateAnchor } from '../../core/anchors.ts';
import { titleKey, toHalfWidth } from '../../core/text.ts';
import {
  deriveAdoption,
  findReferences,
  printedYear,
  isMisprintedSymbol,
  normalizeSymbol,
  officialSymbol,
  resolutionId,
  type FoundReference,
  type ResolutionKind,
} from '../../core/references.ts';

export interface ReferenceCollections {
  resolutions: Collections['resolutions'];
  citedDocuments: Collections['citedDocuments'];
  /** Symbols misprinted in the source (`A/75/6 (Sect. 16/Corr.1)`): recorded, cited under the UN form. */
  discrepancies: Discrepancy[];
  problems: Problem[];
}

type DocRecords = Omit<Collections, 'resolutions' | 'citedDocuments'>;

/** Where a passage is printed, as a citation links and names it. */
type Place = Pick<Citation, 'precision' | 'url' | 'table' | 'footnote'>;

/** A piece of running text to search, with where it stands. */
interface Passage {
  meta: DocumentMeta;
  text: string;
  /** The paragraph it is printed in, or that its table or footnote belongs to. */
  paragraph: string | null;
  /** Line to cite when no better one is found. */
  line: number;
  /** Source lines the passage spans, for finding the line a reference is printed on. */
  span: [number, number];
  place: Place;
}

const squeeze = (s: string) => toHalfWidth(s).replace(/\s+/g, '');

/** Natural order of numbers and symbols: digit runs compare as numbers (`9/1` < `27/4` < `74/247`). */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

const place = (precision: Place['precision'], url: string, table: string | null = null, footnote: string | null = null): Place => ({
  precision,
  url,
  table,
  footnote,
});

/** Paragraphs with their footnotes (a footnote also printed as a block is read once, here, on its own line). */
function paragraphPassages(records: DocRecords, metaOf: Map<string, DocumentMeta>, usedFootnoteBlocks: Set<string>): Passage[] {
  const out: Passage[] = [];
  const footnoteBlockLine = new Map<string, number>();
  for (const d of records.documents) {
    for (const b of d.blocks) if (b.type === 'footnote') footnoteBlockLine.set(footnoteKey(d.id, b.mark, b.text), b.line);
  }
  for (const p of records.paragraphs) {
    const meta = metaOf.get(p.documentId);
    if (!meta) continue;
    out.push({ meta, text: p.text, paragraph: p.number, line: p.lines[0], span: p.lines, place: place('paragraph', p.url) });
    for (const f of p.footnotes) {
      const k = footnoteKey(p.documentId, f.mark, f.text);
      const line = footnoteBlockLine.get(k);
      if (line !== undefined) usedFootnoteBlocks.add(k);
      const url = `${permalinks.document(p.documentId)}#${paragraphFootnoteAnchor(p.number, f.mark)}`;
      out.push({
        meta,
        text: f.text,
        paragraph: p.number,
        line: line ?? p.lines[0],
        span: line !== undefined ? [line, line] : p.lines,
        place: place('footnote', url, null, f.mark),
      });
    }
  }
  return out;
}

const footnoteKey = (documentId: string, mark: string, text: string) => `${documentId}\u0000${mark}\u0000${text}`;

/** Headings, unnumbered text and page footnotes, each linked to its structural anchor (core/anchors.ts). */
function blockPassages(records: DocRecords, metaOf: Map<string, DocumentMeta>, usedFootnoteBlocks: Set<string>): Passage[] {
  const out: Passage[] = [];
  const lines = recordLines(records);
  for (const d of records.documents) {
    const meta = metaOf.get(d.id);
    if (!meta) continue;
    // A text block's lines run up to the next block's first line: the span where its references are printed.
    const starts = d.blocks.map((b) => blockLine(b, lines, d.id));
    const places = blockPlaces(d.blocks);
    d.blocks.forEach((b, i) => {
      if (b.type !== 'text' && b.type !== 'heading' && b.type !== 'footnote') return;
      if (b.type === 'footnote' && usedFootnoteBlocks.has(footnoteKey(d.id, b.mark, b.text))) return;
      const next = starts.slice(i + 1).find((l): l is number => l !== null && l > b.line);
      const end = b.type === 'text' ? Math.max(b.line, (next ?? d.lineCount + 1) - 1) : b.line;
      const where = places[i]!;
      const url = `${permalinks.document(d.id)}#${where.anchor}`;
      out.push({
        meta,
        text: b.text,
        paragraph: null,
        line: b.line,
        span: [b.line, end],
        place: place(where.kind, url, null, b.type === 'footnote' ? b.mark : null),
      });
    });
  }
  return out;
}

/** Table cells (linked to their row) and notes (linked to the table), with the paragraph the table stands under. */
function tablePassages(records: DocRecords, metaOf: Map<string, DocumentMeta>): Passage[] {
  const out: Passage[] = [];
  const paragraphOf = new Map<string, string>();
  for (const d of records.documents) {
    let last: string | null = null;
    for (const b of d.blocks) {
      if (b.type === 'paragraph') last = b.number;
      else if (b.type === 'table' && last !== null) paragraphOf.set(b.table, last);
    }
  }
  for (const t of records.tables) {
    const meta = metaOf.get(t.documentId);
    if (!meta) continue;
    const paragraph = paragraphOf.get(t.id) ?? null;
    for (const r of t.rows) {
      const url = `${permalinks.document(t.documentId)}#${r.anchor}`;
      for (const cell of r.cells)
        out.push({ meta, text: cell, paragraph, line: r.line, span: [r.line, r.line], place: place('table-row', url, t.number) });
    }
    for (const n of t.notes)
      out.push({
        meta,
        text: n.text,
        paragraph,
        line: t.line,
        span: [t.line, t.line],
        place: place('table', t.url, t.number, n.mark || null),
      });
  }
  return out;
}

/** Every passage of running text: paragraphs, their footnotes, text/heading/footnote blocks, table cells and notes. */
function passages(records: DocRecords, metaOf: Map<string, DocumentMeta>): Passage[] {
  const usedFootnoteBlocks = new Set<string>();
  return [
    ...paragraphPassages(records, metaOf, usedFootnoteBlocks),
    ...blockPassages(records, metaOf, usedFootnoteBlocks),
    ...tablePassages(records, metaOf),
  ];
}

/** First source lines of the records blocks point to, looked up once (a linear search per block is quadratic at scale). */
interface RecordLines {
  paragraphs: Map<string, number>;
  tables: Map<string, number>;
  figures: Map<string, number>;
}

function recordLines(records: DocRecords): RecordLines {
  return {
    paragraphs: new Map(records.paragraphs.map((p) => [`${p.documentId}|${p.number}`, p.lines[0]])),
    tables: new Map(records.tables.map((t) => [t.id, t.line])),
    figures: new Map(records.figures.map((f) => [f.id, f.line])),
  };
}

/** First source line of a block, null when its record is not found. */
function blockLine(b: DocRecords['documents'][number]['blocks'][number], lines: RecordLines, documentId: string): number | null {
  switch (b.type) {
    case 'paragraph':
      return lines.paragraphs.get(`${documentId}|${b.number}`) ?? null;
    case 'table':
      return lines.tables.get(b.table) ?? null;
    case 'figure':
      return lines.figures.get(b.figure) ?? null;
    default:
      return b.line;
  }
}

/** The source line of a passage that holds `needle`, when the sources are at hand; else the passage's line. */
function lineOf(passage: Passage, needle: string, occurrence: number, sources: Map<string, SourceText>): number {
  const source = sources.get(passage.meta.file);
  if (!source || passage.span[0] === passage.span[1]) return passage.line;
  const want = squeeze(needle);
  let seen = 0;
  for (const l of source.lines) {
    if (l.no < passage.span[0] || l.no > passage.span[1]) continue;
    const t = squeeze(l.text);
    let at = t.indexOf(want);
    while (at >= 0) {
      if (seen++ === occurrence) return l.no;
      at = t.indexOf(want, at + want.length);
    }
  }
  return passage.line;
}

/**
 * A year printed with a citation (`大会 2011 年 7 月 14 日第 65/308 号决议`) is the source's word: it becomes
 * the year. One that contradicts the number (outside its session's years) is reported, and the printed year kept.
 */
function applyPrintedYear(r: Resolution, metas: DocumentMeta[]): Problem[] {
  const problems: Problem[] = [];
  for (const c of r.citations) {
    const year = printedYear(c.text, r.number);
    if (year === null) continue;
    if (r.sessionYears && (year < r.sessionYears[0] || year > r.sessionYears[1])) {
      const file = metas.find((m) => m.documentId === c.documentId)?.file ?? c.documentId;
      problems.push({
        file,
        line: c.line,
        severity: 'warning',
        code: 'year-outside-session',
        message: `${r.body} ${r.kind} ${r.number} is printed with the year ${year}, outside its session's years ${r.sessionYears.join('–')}; the printed year is kept`,
      });
    }
    if (r.yearBasis !== 'text') {
      r.year = year;
      r.yearBasis = 'text';
    }
  }
  return problems;
}

export { titleKey };

/** Records a title where it is printed: a punctuation-only variant joins the title first printed. */
function addTitle(r: Resolution, title: string, place: Resolution['titleVariants'][number]['places'][number]): void {
  const key = titleKey(title);
  let variant = r.titleVariants.find((v) => titleKey(v.title) === key);
  if (!variant) {
    variant = { title, places: [] };
    r.titleVariants.push(variant);
    r.titles.push(title);
  }
  if (!variant.places.some((p) => p.url === place.url)) variant.places.push(place);
}

/** A mandate entry's place: its item on the subprogramme page, or on the document page for the programme's own list. */
function mandatePlace(m: DocRecords['mandates'][number]): Place {
  const url =
    m.list === 'programme'
      ? `${permalinks.document(m.documentId)}#${mandateAnchor(m.id, true)}`
      : `${permalinks.subprogramme(m.documentId, m.list)}#${mandateAnchor(m.id, false)}`;
  return place('mandate-entry', url);
}

/**
 * Builds `resolutions` and `citedDocuments` from every document's mandates and running text.
 * `sources` (optional) lets a citation point at the exact line of a reference inside a long paragraph.
 */
export function buildReferences(records: DocRecords, metas: DocumentMeta[], sources: SourceText[] = []): ReferenceCollections {
  const problems: Problem[] = [];
  const metaOf = new Map(metas.map((m) => [m.documentId, m]));
  const sourceOf = new Map(sources.map((s) => [s.file, s]));
  const resolutions = new Map<string, Resolution>();
  const cited = new Map<string, CitedDocument>();
  const citationKeys = new Set<string>();
  const discrepancies = new Map<string, Discrepancy>();

  const resolutionFor = (body: Body, kind: ResolutionKind, number: string): Resolution => {
    const id = resolutionId(body, kind, number);
    let r = resolutions.get(id);
    if (!r) {
      const { year, session, sessionYears } = deriveAdoption(body, number);
      r = {
        id,
        body,
        kind,
        number,
        titles: [],
        titleVariants: [],
        year,
        yearBasis: year === null ? null : 'number',
        session,
        sessionYears,
        officialSymbol: officialSymbol(body, kind, number),
        citations: [],
        url: permalinks.resolution(id),
      };
      resolutions.set(id, r);
    }
    return r;
  };
  /** `place` names one printed occurrence (a mandate entry, or a reference's position in a passage): each is cited once. */
  const addCitation = (r: Resolution, c: Citation, place: string) => {
    const k = `${r.id}\u0000${place}`;
    if (citationKeys.has(k)) return;
    citationKeys.add(k);
    r.citations.push(c);
  };

  // Mandate lists: the heading gave the body.
  for (const m of records.mandates) {
    if (m.kind === 'instrument' || m.body === null || m.number === null) continue;
    const r = resolutionFor(m.body, m.kind, m.number);
    // A title kept as printed because the conversion cut it is no title variant of the resolution.
    if (m.title !== null && m.titleRepair?.status !== 'as-printed')
      addTitle(r, m.title, { document: m.document, documentId: m.documentId, mandateList: m.list, url: mandatePlace(m).url });
    addCitation(
      r,
      {
        document: m.document,
        documentId: m.documentId,
        paragraph: null,
        mandateList: m.list,
        bodyBasis: 'heading',
        text: m.number,
        line: m.line,
        ...mandatePlace(m),
      },
      m.id,
    );
  }
  // References printed inside mandate titles (`执行大会关于…的第 46/152 号决议`): a title shared by several
  // numbers is printed once, so it is read once.
  const titlesRead = new Set<string>();
  for (const m of records.mandates) {
    if (m.title === null) continue;
    const meta = metaOf.get(m.documentId);
    const titleKey = `${m.documentId}\u0000${m.list}\u0000${m.line}\u0000${m.title}`;
    if (!meta || titlesRead.has(titleKey)) continue;
    titlesRead.add(titleKey);
    findReferences(m.title, { documentKind: meta.kind }).forEach((ref, i) => {
      if (ref.type !== 'resolution' || ref.body === null) return;
      const r = resolutionFor(ref.body, ref.kind, ref.number);
      addCitation(
        r,
        {
          document: m.document,
          documentId: m.documentId,
          paragraph: null,
          mandateList: m.list,
          bodyBasis: ref.bodyBasis,
          text: ref.text,
          line: m.line,
          ...mandatePlace(m),
        },
        `${m.id}/title/${i}`,
      );
    });
  }

  // Running text; the lines of mandate lists are read by their own parser and cited above.
  const mandateLines = new Set(records.mandates.map((m) => `${m.documentId}:${m.line}`));
  for (const [passageIndex, p] of passages(records, metaOf).entries()) {
    if (p.paragraph === null && mandateLines.has(`${p.meta.documentId}:${p.line}`)) continue;
    const found: FoundReference[] = findReferences(p.text, { documentKind: p.meta.kind });
    const occurrences = new Map<string, number>();
    const nextOccurrence = (needle: string) => {
      const n = occurrences.get(needle) ?? 0;
      occurrences.set(needle, n + 1);
      return n;
    };
    for (const [refIndex, ref] of found.entries()) {
      if (ref.type === 'symbol') {
        const symbol = normalizeSymbol(ref.symbol);
        // A document's own symbol (page headers, title page) is not a citation.
        if (p.meta.symbols.some((s) => normalizeSymbol(s) === symbol)) continue;
        const line = lineOf(p, ref.text, nextOccurrence(ref.text), sourceOf);
        if (isMisprintedSymbol(ref.text, symbol)) {
          const id = `${p.meta.documentId}/other/${line}`;
          discrepancies.set(id, {
            id,
            document: p.meta.symbol,
            documentId: p.meta.documentId,
            kind: 'other',
            table: null,
            line,
            description: `Document symbol misprinted: "${ref.text}" is not a well-formed UN symbol; it is indexed as ${symbol}.`,
            printed: ref.text,
            computed: symbol,
          });
          problems.push({
            file: p.meta.file,
            line,
            severity: 'warning',
            code: 'misprinted-symbol',
            message: `symbol printed as "${ref.text}", read as ${symbol} (recorded as a discrepancy)`,
          });
        }
        const id = slug(symbol);
        let c = cited.get(id);
        if (!c) {
          const home = metas.find((m) => m.symbols.some((s) => normalizeSymbol(s) === symbol));
          c = { id, symbol, inCorpus: home?.documentId ?? null, citations: [], url: permalinks.citedDocument(id) };
          cited.set(id, c);
        }
        const placeKey = `${id}\u0000passage/${passageIndex}/${refIndex}`;
        if (!citationKeys.has(placeKey)) {
          citationKeys.add(placeKey);
          c.citations.push({
            document: p.meta.symbol,
            documentId: p.meta.documentId,
            paragraph: p.paragraph,
            mandateList: null,
            line,
            ...p.place,
          });
        }
        continue;
      }
      const line = lineOf(p, ref.number, nextOccurrence(ref.number), sourceOf);
      if (ref.body === null) {
        problems.push({
          file: p.meta.file,
          line,
          severity: 'warning',
          code: 'unattributed-reference',
          message: `${ref.kind} ${ref.number} in "${ref.text}"${p.paragraph ? ` (paragraph ${p.paragraph})` : ''} names no body and the context does not make one certain; left out of the resolutions index`,
        });
        continue;
      }
      const r = resolutionFor(ref.body, ref.kind, ref.number);
      addCitation(
        r,
        {
          document: p.meta.symbol,
          documentId: p.meta.documentId,
          paragraph: p.paragraph,
          mandateList: null,
          bodyBasis: ref.bodyBasis,
          text: ref.text,
          line,
          ...p.place,
        },
        `passage/${passageIndex}/${refIndex}`,
      );
    }
  }

  for (const r of resolutions.values()) problems.push(...applyPrintedYear(r, metas));

  const bodyOrder = (b: Body) => bodies.indexOf(b);
  const kindOrder = (k: ResolutionKind) => (k === 'resolution' ? 0 : 1);
  const sortedResolutions = [...resolutions.values()].sort(
    (a, b) => bodyOrder(a.body) - bodyOrder(b.body) || kindOrder(a.kind) - kindOrder(b.kind) || naturalCompare(a.number, b.number),
  );
  const sortedCited = [...cited.values()].sort((a, b) => naturalCompare(a.symbol, b.symbol));
  return { resolutions: sortedResolutions, citedDocuments: sortedCited, discrepancies: [...discrepancies.values()], problems };
}
