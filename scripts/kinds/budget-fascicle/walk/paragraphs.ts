/** Paragraph pass: numbered paragraphs with their numbering checks, continuations, list items, emerging results. */
import { joinBroken } from '../../../../core/text.ts';
import { permalinks } from '../../../../core/permalinks.ts';
import type { Paragraph } from '../../../../core/schemas/paragraph.ts';
import type { SourceLine } from '../../../lib/source.ts';
import { cleanWithMarks, dropListDash, endsSentence, isSubItem, parseParagraphStart } from '../lines.ts';
import type { ParagraphDraft, ResultState, UnitState, WalkContext } from './context.ts';

export type ParagraphStart = NonNullable<ReturnType<typeof parseParagraphStart>>;

/** The paragraph number on a line, if it fits the section or the expected sequence. */
export function acceptedStart(ctx: WalkContext, l: SourceLine, tabbed: boolean): ParagraphStart | null {
  const p = tabbed ? null : parseParagraphStart(l.text);
  return p && (ctx.section === null || p.major === ctx.section || p.minor === ctx.expectedMinor) ? p : null;
}

/** Whether a line continues an unfinished sentence of the open paragraph (page break, footnotes or blank in between). */
export function continuesOpen(ctx: WalkContext, l: SourceLine, tabbed: boolean): boolean {
  return ctx.open !== null && !tabbed && !endsSentence(ctx.openLast) && !isSubItem(l.text);
}

export function continueParagraph(ctx: WalkContext, l: SourceLine, t: string, marks: string[], looksLikeHeading: boolean): void {
  const o = ctx.open!;
  o.record.text = joinBroken(o.record.text, t);
  o.marks.push(...marks);
  o.record.lines[1] = l.no;
  ctx.openLast = t;
  ctx.place(l.no);
  if (looksLikeHeading)
    ctx.log.warning(
      l.no,
      'continuation-looks-like-heading',
      `"${t}" read as the continuation of paragraph ${o.record.number} (its text has no sentence end); expected a heading only after a finished sentence`,
    );
}

/** Opens a numbered paragraph: checks its number against the sequence, records it, assigns it to its unit or result. */
export function startParagraph(ctx: WalkContext, l: SourceLine, accepted: ParagraphStart): void {
  ctx.close();
  ctx.place(l.no);
  ctx.out.paragraphLines++;
  const printed = `${accepted.major}.${accepted.minor}`;
  // The record takes the number the sequence gives; a misprint keeps its printed number beside it.
  const number = sequenceNumber(ctx, l, accepted, printed);
  if (ctx.out.paragraphs.some((d) => d.record.number === number)) {
    ctx.log.error(
      l.no,
      'duplicate-paragraph',
      `paragraph number ${number} appears a second time; expected each number once (records would share an id)`,
    );
  }
  ctx.expectedMinor = Number(number.split('.')[1]) + 1;
  const body = cleanWithMarks(accepted.text);
  const res = ctx.currentResult();
  const doc = ctx.doc;
  const record: Paragraph = {
    id: `${doc}/${number}`,
    document: ctx.meta.symbol,
    documentId: doc,
    number,
    printedNumber: number === printed ? null : printed,
    text: body.text,
    headingPath: ctx.stack.map((s) => s.text),
    unit: ctx.unit?.key ?? null,
    result: res?.record.id ?? null,
    footnotes: [],
    lines: [l.no, l.no],
    url: permalinks.paragraph(doc, number),
  };
  const draft: ParagraphDraft = { record, marks: body.marks };
  ctx.out.paragraphs.push(draft);
  ctx.out.blocks.push({ type: 'paragraph', number });
  assignParagraph(draft, ctx.unit, res);
  ctx.open = draft;
  ctx.openLast = body.text;
}

/** The minor number of the next paragraph of the section after line `l` (null if none follows). */
function nextMinor(ctx: WalkContext, l: SourceLine, section: string): number | null {
  for (let i = ctx.lines.indexOf(l) + 1; i < ctx.lines.length; i++) {
    const p = ctx.lines[i]!.text.includes('\t') ? null : parseParagraphStart(ctx.lines[i]!.text);
    if (p && p.major === section) return p.minor;
  }
  return null;
}

/**
 * The paragraph's number in the document's sequence, by the genre's rule: paragraphs are numbered
 * `<section>.<n>` without gaps. A printed number that breaks the sequence while the next paragraph resumes it
 * (or a missing section prefix on the expected number) is the source's misprint: recorded as a discrepancy, the
 * sequence number kept as the record's. A jump the next paragraph continues is paragraphs lost from the seed:
 * an error, never published as the source's.
 */
function sequenceNumber(ctx: WalkContext, l: SourceLine, accepted: ParagraphStart, printed: string): string {
  const section = (ctx.section ??= accepted.major);
  const expected = (ctx.expectedMinor ??= accepted.minor);
  const inSequence = `${section}.${expected}`;
  if (accepted.major === section && accepted.minor === expected) return printed;
  if (accepted.major !== section && accepted.minor === expected) {
    misprinted(ctx, l.no, printed, inSequence, `Paragraph number ${printed} lacks the section prefix ${section}`);
    return inSequence;
  }
  const next = nextMinor(ctx, l, section);
  if (next === expected + 1) {
    misprinted(ctx, l.no, printed, inSequence, `Paragraph ${printed} stands where the sequence gives ${inSequence}`);
    return inSequence;
  }
  const back = accepted.minor < expected;
  ctx.log.error(
    l.no,
    back ? 'paragraph-sequence' : 'paragraph-number-gap',
    back
      ? `paragraph ${printed} repeats or goes back; expected ${inSequence}: lines doubled or out of order in the seed?`
      : `paragraph ${printed} follows ${section}.${expected - 1}; expected ${inSequence}, and the next paragraph does not resume the sequence: paragraphs missing from the seed?`,
  );
  return printed;
}

/** A misprinted paragraph number: a warning and a numbering discrepancy (shown to the reader as a source note). */
function misprinted(ctx: WalkContext, line: number, printed: string, inSequence: string, description: string): void {
  ctx.log.warning(
    line,
    'paragraph-number-misprinted',
    `paragraph printed "${printed}" stands where ${inSequence} is expected; numbered ${inSequence}, printed number kept as printedNumber`,
  );
  const { documentId: doc, symbol } = ctx.meta;
  ctx.out.discrepancies.push({
    id: `${doc}/numbering/${line}`,
    document: symbol,
    documentId: doc,
    kind: 'numbering',
    table: null,
    line,
    description,
    printed,
    computed: inSequence,
  });
}

/** A `-` or `(a)` list item: joins the open paragraph, else stays as text with a warning. */
export function readSubItem(ctx: WalkContext, l: SourceLine): void {
  ctx.place(l.no);
  const item = cleanWithMarks(dropListDash(l.text));
  const o = ctx.open;
  if (o) {
    o.record.text += `\n${item.text}`;
    o.marks.push(...item.marks);
    o.record.lines[1] = l.no;
    ctx.openLast = item.text;
  } else {
    ctx.log.warning(
      l.no,
      'list-item-outside-paragraph',
      `list item "${item.text.slice(0, 20)}…" follows no numbered paragraph; kept as text`,
    );
    ctx.textBlock(item.text, l.no);
  }
}

/** The emerging result of the performance year: the one unnumbered title after the unit's intro paragraph. */
export function isEmergingTitle(ctx: WalkContext, tabbed: boolean): boolean {
  const unit = ctx.unit;
  return unit !== null && ctx.part === 'plan' && unit.section === 'performance' && !unit.result && !unit.emerging && !tabbed;
}

export function readEmergingTitle(ctx: WalkContext, l: SourceLine, t: string, marks: string[]): void {
  const unit = ctx.unit!;
  ctx.close();
  ctx.place(l.no);
  const state = ctx.newResult(null, t, l.no, marks);
  if (state) unit.emerging = state;
  ctx.pushHeading(ctx.base() + 2, t, l.no, `${unit.anchor}-emerging`);
}

/** Records a new paragraph in its unit's objective/strategy/COVID lists and its result's section list. */
function assignParagraph(draft: ParagraphDraft, unit: UnitState | null, res: ResultState | null): void {
  const n = draft.record.number;
  if (res) {
    // A missing section heading is the source's slip: the paragraph waits for the heading that follows it (walk/headings.ts).
    if (res.section) res.record[res.section].push(n);
    else res.unheaded.push({ number: n, line: draft.record.lines[0] });
    return;
  }
  if (!unit) return;
  if (unit.section === 'objective' && unit.record.objective === null) {
    unit.record.objective = draft.record.text;
    unit.record.objectiveParagraph = n;
  } else if (unit.section === 'strategy') unit.record.strategyParagraphs.push(n);
  else if (unit.section === 'covid') unit.record.covidParagraphs.push(n);
}
