/**
 * Turns running text into segments with links: resolutions and decisions, document symbols, and the
 * document's own cross-references (表 16.4, 第 16.263(a) 段, 图 16.一, 成果 1, 次级方案 3). Pure: the corpus
 * indexes come in, segments go out, so the pages stay thin and the tests reach the logic.
 */
import type { Collections } from '../../core/schemas/collections.ts';
import type { DocumentKind } from '../../core/schemas/common.ts';
import { findReferences, officialSymbol, resolutionId } from '../../core/references.ts';
import { officialTextUrl, permalinks, slug } from '../../core/permalinks.ts';
import { chapterResolver } from '../../core/chapters.ts';
import { numeralValue, toRoman } from '../../core/numerals.ts';
import { t, type Bilingual } from './i18n/index.ts';

export interface Segment {
  text: string;
  /** Internal link. */
  href?: string | undefined;
  /** Official text on undocs.org, shown beside the internal link. */
  external?: string | undefined;
  /** Tooltip: what the link is; a plain string is document text (a title), a Bilingual is the site's description. */
  title?: string | Bilingual;
  /** The body of the reference is not stated and was not inferred: the page says so. */
  uncertain?: boolean | undefined;
  /** The body was inferred from context (a bare number in a General Assembly document). */
  inferred?: boolean | undefined;
}

/** Where the text stands: its document, and the planning unit for 成果 N. */
export interface TextContext {
  documentId: string;
  documentKind: DocumentKind;
  unit?: string | null;
}

interface Span extends Segment {
  start: number;
  end: number;
}

export type Linker = (text: string, ctx: TextContext) => Segment[];

/** Finds `number` as printed inside `phrase` from `from` on, tolerating the spacing variants (`2331(2016)`, `46/185C`). */
function locateNumber(phrase: string, number: string, from: number): { start: number; end: number } | null {
  const pattern = number
    .split('')
    .map((c) => (c === ' ' ? '\\s*' : c === '(' || c === ')' ? `\\s*\\${c}\\s*` : c.replace(/[.*+?^${}|[\]\\/-]/g, '\\$&')))
    .join('');
  const re = new RegExp(`(?<![\\d/])${pattern}(?![\\d])`, 'g');
  re.lastIndex = from;
  const m = re.exec(phrase);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function createLinker(
  corpus: Pick<
    Collections,
    'resolutions' | 'citedDocuments' | 'documents' | 'paragraphs' | 'tables' | 'figures' | 'results' | 'subprogrammes'
  >,
): Linker {
  const resolutions = new Set(corpus.resolutions.map((r) => r.id));
  const symbols = new Set(corpus.citedDocuments.map((d) => d.id));
  // A misprinted number links too, to the paragraph or figure it names (its sequence number's anchor).
  const paragraphs = new Map(
    corpus.paragraphs.flatMap((p) =>
      [p.number, ...(p.printedNumber ? [p.printedNumber] : [])].map((n) => [`${p.documentId}|${n}`, p.number]),
    ),
  );
  const tables = new Set(corpus.tables.map((t) => `${t.documentId}|${t.number}`));
  const figures = new Map(
    corpus.figures.flatMap((f) => [f.number, ...(f.printedNumber ? [f.printedNumber] : [])].map((n) => [`${f.documentId}|${n}`, f.number])),
  );
  const results = new Map(corpus.results.map((r) => [`${r.documentId}|${r.unit}|${r.number}`, r]));
  const units = new Map(corpus.subprogrammes.map((s) => [`${s.documentId}|${s.key}`, s]));
  // Places in a long document link to the chapter page that holds them.
  const at = chapterResolver(corpus.documents);

  return (text, ctx) => {
    const spans: Span[] = [];

    // Resolutions and decisions: each number of a list phrase gets its own link.
    const cursor = new Map<string, number>();
    for (const ref of findReferences(text, { documentKind: ctx.documentKind })) {
      if (ref.type === 'symbol') {
        const id = slug(ref.symbol);
        spans.push({
          start: ref.index,
          end: ref.index + ref.text.length,
          text: ref.text,
          href: symbols.has(id) ? permalinks.citedDocument(id) : undefined,
          external: officialTextUrl(ref.symbol),
          title: ref.symbol,
        });
        continue;
      }
      const key = `${ref.index}|${ref.text}`;
      const from = cursor.get(key) ?? 0;
      const at = locateNumber(ref.text, ref.number, from);
      if (!at) continue;
      cursor.set(key, at.end);
      const start = ref.index + at.start;
      const end = ref.index + at.end;
      if (ref.body === null) {
        spans.push({ start, end, text: text.slice(start, end), uncertain: true, title: t('bodyNotStated') });
        continue;
      }
      const id = resolutionId(ref.body, ref.kind, ref.number);
      const official = officialSymbol(ref.body, ref.kind, ref.number);
      spans.push({
        start,
        end,
        text: text.slice(start, end),
        href: resolutions.has(id) ? permalinks.resolution(id) : undefined,
        external: official ? officialTextUrl(official) : undefined,
        inferred: ref.bodyBasis === 'inferred',
        title: t(
          ref.bodyBasis === 'inferred'
            ? ref.kind === 'resolution'
              ? 'refResolutionInferred'
              : 'refDecisionInferred'
            : ref.kind === 'resolution'
              ? 'refResolution'
              : 'refDecision',
          { body: ref.body, number: ref.number },
        ),
      });
    }

    // Tables: 表 16.4, 表 16.33(1)和 16.34(1), 表 16.30 至 16.32.
    for (const m of text.matchAll(/表\s*(\d+\.\d+)((?:\s*\(\d\))?(?:\s*(?:、|和|至|及|与)\s*\d+\.\d+(?:\s*\(\d\))?)*)/g)) {
      const first = m[1]!;
      const firstStart = m.index + m[0].indexOf(first);
      const numbers = [{ n: first, start: firstStart }];
      for (const more of (m[2] ?? '').matchAll(/\d+\.\d+/g))
        numbers.push({ n: more[0], start: m.index + m[0].length - (m[2]!.length - more.index) });
      for (const { n, start } of numbers) {
        if (tables.has(`${ctx.documentId}|${n}`))
          spans.push({ start, end: start + n.length, text: n, href: at(permalinks.table(ctx.documentId, n)), title: t('table', { n }) });
      }
    }
    // Figures: 图 16.一 (Chinese numerals) or 图 16.19.
    for (const m of text.matchAll(/图\s*(\d+)\.([一二三四五六七八九十百]+|\d+)/g)) {
      const n = numeralValue(m[2]!);
      if (!n) continue;
      const number = figures.get(`${ctx.documentId}|${m[1]}.${toRoman(n)}`);
      if (number)
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          href: at(permalinks.figure(ctx.documentId, number)),
          title: t('figure', { n: `${m[1]}.${m[2]}` }),
        });
    }
    // Paragraphs: 第 16.263(a) 段, 第 16.20 和 16.21 段, 第 12 段.
    for (const m of text.matchAll(
      /第\s*((?:\d+\.)?\d+)(?:\s*\([a-z]\))?((?:\s*(?:、|和|至|及)\s*(?:\d+\.)?\d+(?:\s*\([a-z]\))?)*)\s*段/g,
    )) {
      const all = [...m[0].matchAll(/(?:\d+\.)?\d+(?!\.\d)/g)];
      for (const n of all) {
        const number = paragraphs.get(`${ctx.documentId}|${n[0]}`);
        if (!number) continue;
        const start = m.index + n.index;
        spans.push({
          start,
          end: start + n[0].length,
          text: n[0],
          href: at(permalinks.paragraph(ctx.documentId, number)),
          title: t('paragraph', { n: n[0] }),
        });
      }
    }
    // Subprogrammes and components: 次级方案 3, 次级方案 9 构成部分 2; 成果 N within a unit.
    for (const m of text.matchAll(/次级方案\s*(\d+)(?:\s*(?:的)?\s*构成部分\s*(\d+)|((?:\s*(?:、|和|及)\s*\d+(?!\s*构成部分))*))/g)) {
      const key = m[2] ? `${m[1]}.${m[2]}` : m[1]!;
      const unit = units.get(`${ctx.documentId}|${key}`);
      const head = m[2] ? m[0] : m[0].slice(0, m[0].length - (m[3]?.length ?? 0));
      if (unit) spans.push({ start: m.index, end: m.index + head.length, text: head, href: unit.url, title: unit.title });
      // The rest of a list (`次级方案 5、6、8 和 9`): each number links to its subprogramme.
      for (const n of (m[3] ?? '').matchAll(/\d+/g)) {
        const other = units.get(`${ctx.documentId}|${n[0]}`);
        const start = m.index + head.length + n.index;
        if (other) spans.push({ start, end: start + n[0].length, text: n[0], href: other.url, title: other.title });
      }
    }
    if (ctx.unit) {
      for (const m of text.matchAll(/成果\s*(\d+)((?:\s*(?:和|、|及)\s*(?:成果\s*)?\d+)*)/g)) {
        for (const n of m[0].matchAll(/\d+/g)) {
          const r = results.get(`${ctx.documentId}|${ctx.unit}|${n[0]}`);
          if (!r) continue;
          const start = m.index + n.index;
          const withWord =
            n.index >= 2 &&
            m[0]
              .slice(n.index - 3, n.index)
              .trim()
              .endsWith('成果');
          const s = withWord ? m.index + m[0].lastIndexOf('成果', n.index) : start;
          spans.push({ start: s, end: start + n[0].length, text: text.slice(s, start + n[0].length), href: r.url, title: r.title });
        }
      }
    }
    return toSegments(text, spans);
  };
}

/** Non-overlapping spans in order (earlier first, then longer), with the text between them as plain segments. */
function toSegments(text: string, spans: Span[]): Segment[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    const { start: _s, end: _e, ...seg } = s;
    out.push(seg);
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
