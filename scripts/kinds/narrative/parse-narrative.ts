/** One parser for the narrative genres (reports, notes): title page, chapters, paragraphs, recommendations. */
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import { permalinks } from '../../../core/permalinks.ts';
import { emptyRecords } from '../records.ts';
import type { CoverageLine, ParseInput, ParseOutput } from '../types.ts';
import { NarrativeContext, type ParagraphDraft } from './context.ts';
import type { NarrativeGenre } from './genre.ts';
import { readFrontMatter } from './front-matter.ts';
import { readBody } from './body.ts';
import { footnotesOf, unreferencedFootnotes } from './footnotes.ts';
import { readRecommendations } from './recommendations.ts';
import { checkSymbols } from './symbol-check.ts';
import { isHardWrapped } from './wrapping.ts';
import { readCoverSessions, readReportingPeriod } from './cover.ts';
import { readMeetings } from './meetings.ts';

export function parseNarrative({ source, meta }: ParseInput, genre: NarrativeGenre): ParseOutput {
  const ctx = new NarrativeContext(source, meta, genre);
  const records = emptyRecords();
  const hardWrapped = isHardWrapped(ctx.lines);
  const front = readFrontMatter(ctx, hardWrapped);

  if (front.title === null && !ctx.lines.some((l) => l.form.kind === 'content' && genre.marker.test(l.raw.replace(/[#*\s]/g, '')))) {
    ctx.log.error(
      1,
      'not-this-genre',
      `no line names the genre on the title page; expected a ${genre.description} (a line ${genre.marker.source.replace(/[\^$]/g, '')} under the title)`,
    );
    // Nothing is kept of a text of another genre: no line counts as placed.
    const found = ctx.lines.filter((l) => l.form.kind !== 'blank').length;
    return {
      records,
      coverage: [
        { what: 'numbered paragraphs', found: 0, placed: 0 },
        { what: 'lines', found, placed: 0 },
      ],
      problems: ctx.log.problems,
    };
  }
  if (front.bodyStart >= ctx.lines.length) {
    ctx.log.error(
      ctx.lines.at(-1)?.no ?? 1,
      'no-body',
      'no chapter heading (一. …) or paragraph 1. after the title page; expected the body of the document',
    );
  }
  const frontTexts = ctx.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
  readBody(ctx, front.bodyStart, hardWrapped);

  const { documentId, symbol } = meta;
  const paragraphs: Paragraph[] = ctx.paragraphs.map((p) => ({
    id: `${documentId}/${p.number}`,
    document: symbol,
    documentId,
    number: p.number,
    printedNumber: null,
    text: p.text,
    headingPath: p.headings.map((h) => h.text),
    unit: null,
    result: null,
    footnotes: footnotesOf(ctx, p),
    lines: [p.first, p.last],
    url: permalinks.paragraph(documentId, p.number),
  }));
  const textOf = (p: ParagraphDraft) => p.text;
  records.recommendations = readRecommendations(ctx, ctx.paragraphs, textOf);
  for (const n of unreferencedFootnotes(ctx)) {
    ctx.log.warning(n.line, 'footnote-unreferenced', `footnote ${n.mark} is not marked in any paragraph`);
  }
  for (const l of ctx.lines) {
    if (l.form.kind === 'content' && !ctx.placed.has(l.no) && !ctx.log.problems.some((p) => p.line === l.no && p.severity === 'error')) {
      ctx.log.error(l.no, 'unplaced-line', `line was not placed in any block or record: "${l.raw.trim().slice(0, 30)}"`);
    }
  }
  checkSymbols(ctx);

  const period = readReportingPeriod(frontTexts);
  const meetings = genre.readsMeetings
    ? {
        meetings: readMeetings(
          documentId,
          ctx.paragraphs.map((p) => ({ number: p.number, text: p.text, chapter: p.headings[0]?.text ?? null })),
          period,
        ),
      }
    : {};
  records.documents.push({
    id: documentId,
    symbol,
    symbols: meta.symbols,
    symbolSource: meta.symbolSource,
    symbolNote: meta.symbolNote,
    symbolNoteZh: meta.symbolNoteZh,
    kind: meta.kind,
    title: front.title ?? '',
    titleEn: meta.titleEn,
    session: meta.session,
    sessionZh: meta.sessionZh,
    year: meta.year,
    cover: readCoverSessions(frontTexts),
    period,
    ...meetings,
    language: meta.language,
    sourceFile: meta.file,
    sha256: meta.sha256,
    lineCount: lineCount(source.lines),
    blocks: ctx.blocks,
    url: permalinks.document(documentId),
  });
  records.paragraphs = paragraphs;
  records.discrepancies = ctx.discrepancies;
  return { records, coverage: coverage(ctx, paragraphs), problems: ctx.log.problems };
}

function coverage(ctx: NarrativeContext, paragraphs: Paragraph[]): CoverageLine[] {
  const nonBlank = ctx.lines.filter((l) => l.form.kind !== 'blank');
  return [
    { what: 'numbered paragraphs', found: ctx.paragraphStarts, placed: paragraphs.length },
    { what: 'lines', found: nonBlank.length, placed: nonBlank.filter((l) => ctx.placed.has(l.no)).length },
    {
      what: 'footnotes',
      found: ctx.footnotes.length,
      placed: ctx.footnotes.length - (paragraphs.length ? unreferencedFootnotes(ctx).length : 0),
    },
  ];
}

/** Lines of the file as `wc -l` counts them: a final line end does not open another line. */
function lineCount(lines: { text: string }[]): number {
  return Math.max(1, lines.at(-1)?.text === '' ? lines.length - 1 : lines.length);
}
