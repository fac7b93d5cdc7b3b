/**
 * One pass over the fascicle in reading order: headings, paragraphs, units, results, tables, figures and
 * mandate sections, each line placed exactly once. The walk's state lives in a context object
 * (`walk/context.ts`); each kind of line is read by its own module under `walk/`. Typed readings of tables
 * happen after the walk, in their own modules.
 */
import type { SourceLine } from '../../lib/source.ts';
import { parseFootnoteLine } from '../../../core/text.ts';
import type { ProblemLog } from '../../lib/problems.ts';
import type { DocumentMeta } from '../types.ts';
import {
  cleanText,
  cleanWithMarks,
  isBlank,
  isPageHeader,
  isRuleLine,
  isSubItem,
  parseNoteLine,
  parseParagraphStart,
  type TitlePage,
} from './lines.ts';
import { classifyHeading, isAnnexTitle, type Contents, type Heading } from './headings.ts';
import { FIGURE_START, TABLE_START } from './tables.ts';
import { WalkContext, type WalkOutput } from './walk/context.ts';
import { handleHeading, warnUnheaded } from './walk/headings.ts';
import {
  acceptedStart,
  continueParagraph,
  continuesOpen,
  isEmergingTitle,
  readEmergingTitle,
  readSubItem,
  startParagraph,
} from './walk/paragraphs.ts';
import { takePendingMandates } from './walk/mandates.ts';
import { takeFigure, takeTable } from './walk/tables.ts';

export type { FigureCut, MandateSection, ParagraphDraft, ResultState, TableCut, UnitState, WalkOutput } from './walk/context.ts';

/** A line as the walk sees it: cleaned text, its footnote marks, and the headings it may be. */
interface ReadLine {
  l: SourceLine;
  t: string;
  marks: string[];
  tabbed: boolean;
  headings: Heading[] | null;
}

const joinCells = (text: string) =>
  cleanText(
    text
      .split('\t')
      .filter((c) => c.trim() !== '')
      .join(' '),
  );

export function walk(
  lines: SourceLine[],
  page: TitlePage,
  contents: Contents,
  contentsLines: number[],
  meta: DocumentMeta,
  log: ProblemLog,
): WalkOutput {
  const ctx = new WalkContext(lines, page, contents, contentsLines, meta, log);
  for (let i = 0; i < lines.length; i++) i = readLine(ctx, i);
  for (const r of ctx.out.results) warnUnheaded(ctx, r);
  return ctx.out;
}

/** Reads the line at index `i`; returns the index of the last line used. */
function readLine(ctx: WalkContext, i: number): number {
  const l = ctx.lines[i]!;
  if (ctx.out.placed.has(l.no) && ctx.region === 'front') {
    ctx.textBlock(joinCells(l.text), l.no);
    return i;
  }
  if (isBlank(l.text)) return i;
  if (isPageHeader(l.text, ctx.page) || isRuleLine(l.text)) {
    ctx.place(l.no);
    return i;
  }
  const tabbed = /\t/.test(l.text);
  if (readFootnote(ctx, l, tabbed)) return i;
  const { text: t, marks } = cleanWithMarks(l.text);
  const line: ReadLine = { l, t, marks, tabbed, headings: tabbed ? null : classifyHeading(t, ctx.contents) };
  if (ctx.region === 'front' && startsBody(ctx, line) && !ctx.sawForeword) {
    ctx.region = 'body';
    ctx.part = 'plan';
    ctx.log.warning(
      l.no,
      'no-part-heading',
      `text starts without title page and part heading; read as the programme plan (part A) from here`,
    );
  }
  if (ctx.region === 'front') return readFront(ctx, line, i);
  if (ctx.region === 'annex') return readAnnex(ctx, line, i);
  return readBody(ctx, line, i);
}

/** Footnote lines (`¹ text`) and notes (`a text`, outside the front matter) become footnote blocks. */
function readFootnote(ctx: WalkContext, l: SourceLine, tabbed: boolean): boolean {
  const fn = tabbed ? null : parseFootnoteLine(l.text);
  const note = fn ?? (ctx.region !== 'front' ? parseNoteLine(l.text) : null);
  if (!note) return false;
  ctx.place(l.no);
  ctx.out.blocks.push({ type: 'footnote', mark: note.mark, text: cleanText(note.text), line: l.no });
  return true;
}

/** An excerpt without title page starts straight with structure: the body begins there. */
function startsBody(ctx: WalkContext, { l, t, tabbed, headings }: ReadLine): boolean {
  return (
    headings?.some((h) => ['container', 'subprogramme', 'component', 'section', 'result'].includes(h.kind)) ||
    (!tabbed && parseParagraphStart(l.text) !== null && ctx.section === null) ||
    (!tabbed && (TABLE_START.test(t) || FIGURE_START.test(t)))
  );
}

/** Title page, contents and foreword: text blocks up to the first part heading. */
function readFront(ctx: WalkContext, { l, t, headings }: ReadLine, i: number): number {
  ctx.place(l.no);
  if (headings?.[0]?.kind === 'part') return handleHeading(ctx, headings[0], l.no, i);
  if (t === '目录' || t === '前言') {
    ctx.sawForeword ||= t === '前言';
    ctx.pushHeading(1, t, l.no, t === '目录' ? 'contents' : 'foreword');
    return i;
  }
  ctx.textBlock(cleanText(l.text), l.no);
  return i;
}

/** Annexes: their titles as headings, their lines as text. */
function readAnnex(ctx: WalkContext, { l, t, headings }: ReadLine, i: number): number {
  ctx.place(l.no);
  const first = headings?.[0];
  if (first?.kind === 'annex' || first?.kind === 'part') return handleHeading(ctx, first, l.no, i);
  if (ctx.pendingAnnexTitle && isAnnexTitle(t, ctx.contents)) {
    ctx.pendingAnnexTitle = false;
    ctx.pushHeading(2, t, l.no, { local: 'title' }, `h-${l.no}`);
    return i;
  }
  ctx.pendingAnnexTitle = false;
  ctx.textBlock(joinCells(l.text), l.no);
  return i;
}

/** The body: tables and figures first (they carry their own captions), then paragraphs and headings. */
function readBody(ctx: WalkContext, line: ReadLine, i: number): number {
  const { l, t, marks, tabbed, headings } = line;
  if (!tabbed && TABLE_START.test(t)) return takeTable(ctx, l, i);
  if (!tabbed && FIGURE_START.test(t)) return takeFigure(ctx, i);
  const accepted = acceptedStart(ctx, l, tabbed);
  if (!accepted && continuesOpen(ctx, l, tabbed)) {
    continueParagraph(ctx, l, t, marks, headings !== null);
    return i;
  }
  if (headings) {
    ctx.place(l.no);
    for (const h of headings) i = handleHeading(ctx, h, l.no, i, marks);
    return i;
  }
  if (accepted) {
    startParagraph(ctx, l, accepted);
    if (ctx.pendingMandates === null) return i;
    ctx.close();
    return takePendingMandates(ctx, i + 1);
  }
  if (ctx.pendingMandates !== null) {
    ctx.log.warning(l.no, 'mandates-without-intro', `legislative mandates start without an intro paragraph`);
    return takePendingMandates(ctx, i);
  }
  if (isSubItem(l.text)) {
    readSubItem(ctx, l);
    return i;
  }
  if (isEmergingTitle(ctx, tabbed)) {
    readEmergingTitle(ctx, l, t, marks);
    return i;
  }
  ctx.close();
  ctx.place(l.no);
  ctx.textBlock(cleanText(l.text.split('\t').join(' ')), l.no);
  ctx.log.error(
    l.no,
    'unplaced-line',
    `cannot place "${t.slice(0, 40)}"; expected a heading, numbered paragraph, list item, table or figure here`,
  );
  return i;
}
