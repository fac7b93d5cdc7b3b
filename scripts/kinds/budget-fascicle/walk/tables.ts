/** Tables-and-figures pass: a caption line cuts the whole table or figure; typed readings come later. */
import { cleanText } from '../lines.ts';
import { cutTable } from '../tables.ts';
import { cutFigure } from '../figures.ts';
import type { SourceLine } from '../../../lib/source.ts';
import type { WalkContext } from './context.ts';

/** Cuts the table starting at line index `i`; returns the index of its last line. */
export function takeTable(ctx: WalkContext, l: SourceLine, i: number): number {
  ctx.close();
  const cut = cutTable(ctx.lines, i, ctx.page, ctx.contents);
  cut.placed.forEach((no) => ctx.place(no));
  const res = ctx.currentResult();
  ctx.out.tables.push({ cut, part: ctx.part, unit: ctx.unit?.key ?? 'programme', result: res, unitRecord: ctx.unit?.record ?? null });
  ctx.out.blocks.push({ type: 'table', table: `${ctx.doc}/table-${cut.raw.number}` });
  for (const f of cut.footnotes) ctx.out.blocks.push({ type: 'footnote', mark: f.mark, text: cleanText(f.text), line: f.line });
  if (cut.truncated)
    ctx.log.error(
      l.no,
      'table-truncated',
      `table ${cut.raw.number} runs to the end of the text; expected rows to end before a heading, paragraph or annex`,
    );
  return cut.end;
}

/** Cuts the figure starting at line index `i`; returns the index of its last line. */
export function takeFigure(ctx: WalkContext, i: number): number {
  ctx.close();
  const res = ctx.currentResult();
  const cut = cutFigure(ctx.lines, i, ctx.page, ctx.contents, ctx.meta, res?.record.id ?? null);
  cut.placed.forEach((no) => ctx.place(no));
  ctx.out.figures.push({ cut, result: res });
  ctx.out.blocks.push({ type: 'figure', figure: cut.figure.id });
  return cut.end;
}
