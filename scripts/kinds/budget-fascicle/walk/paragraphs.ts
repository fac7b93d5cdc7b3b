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
  checkNumber(ctx, l.no, accepted, printed);
  if (ctx.out.paragraphs.some((d) => d.record.number === printed)) {
    ctx.log.error(
      l.no,
      'duplicate-paragraph',
      `paragraph number ${printed} appears a second time; expected each number once (records would share an id)`,
    );
  }
  ctx.expectedMinor = accepted.minor + 1;
  const body = cleanWithMarks(accepted.text);
  const res = ctx.currentResult();
  const doc = ctx.doc;
  const record: Paragraph = {
    id: `${doc}/${printed}`,
    document: ctx.meta.symbol,
    documentId: doc,
    number: printed,
    text: body.text,
    headingPath: ctx.stack.map((s) => s.text),
    unit: ctx.unit?.key ?? null,
    result: res?.record.id ?? null,
    footnotes: [],
    lines: [l.no, l.no],
    url: permalinks.paragraph(doc, printed),
  };
  const draft: ParagraphDraft = { record, marks: body.marks };
  ctx.out.paragraphs.push(draft);
  ctx.out.blocks.push({ type: 'paragraph', number: printed });
  assignParagraph(draft, ctx.unit, res);
  ctx.open = draft;
  ctx.openLast = body.text;
}

/** A number without the section prefix, or out of sequence, is the source's: kept as printed, recorded. */
function checkNumber(ctx: WalkContext, line: number, accepted: ParagraphStart, printed: string): void {
  const section = (ctx.section ??= accepted.major);
  const expectedMinor = (ctx.expectedMinor ??= accepted.minor);
  const { documentId: doc, symbol } = ctx.meta;
  if (accepted.major !== section) {
    ctx.log.warning(
      line,
      'paragraph-number-misprinted',
      `paragraph printed "${printed}" stands where ${section}.${accepted.minor} is expected; kept as printed`,
    );
    ctx.out.discrepancies.push({
      id: `${doc}/numbering/${line}`,
      document: symbol,
      documentId: doc,
      kind: 'numbering',
      table: null,
      line,
      description: `Paragraph number ${printed} lacks the section prefix ${section}`,
      printed,
      computed: `${section}.${accepted.minor}`,
    });
  } else if (accepted.minor !== expectedMinor) {
    const what =
      accepted.minor < expectedMinor
        ? 'repeats or goes back'
        : `skips ${expectedMinor}${accepted.minor - expectedMinor > 1 ? `–${accepted.minor - 1}` : ''}`;
    ctx.log.warning(line, 'paragraph-sequence', `paragraph ${printed} ${what}; expected ${section}.${expectedMinor}`);
    ctx.out.discrepancies.push({
      id: `${doc}/numbering/${line}`,
      document: symbol,
      documentId: doc,
      kind: 'numbering',
      table: null,
      line,
      description: `Paragraph ${printed} is out of sequence`,
      printed,
      computed: `${section}.${expectedMinor}`,
    });
  }
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
