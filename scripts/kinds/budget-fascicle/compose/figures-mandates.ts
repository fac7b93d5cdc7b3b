/** Figures (numbering, citing sentences, measures) and mandate lists (each read by its own parser). */
import { checkFigureNumbering, citedFigureValues, citingSentences, renumberFigure } from '../figures.ts';
import { measureFromFigure } from '../measures.ts';
import { parseMandateList } from '../mandates.ts';
import { repairCutTitles, type ListFragment } from './title-repair.ts';
import type { ComposeContext } from './context.ts';

/** Figures: numbering, citing sentences (by printed or, when misnumbered, expected number), measures. */
export function composeFigures({ walk, records, meta, page, log }: ComposeContext): void {
  const cuts = walk.figures.map((f) => f.cut);
  const major = cuts[0]?.figure.numberPrinted.split('.')[0] ?? '';
  records.discrepancies.push(...checkFigureNumbering(cuts, meta, log, citedFigureValues(major, records.paragraphs), page.section === null));
  for (const f of walk.figures) {
    const printedId = f.cut.figure.id;
    renumberFigure(f.cut, meta);
    const block = walk.blocks.find((b) => b.type === 'figure' && b.figure === printedId);
    if (block?.type === 'figure') block.figure = f.cut.figure.id;
    f.cut.figure.statedInText = citingSentences(f.cut.figure, [f.cut.value, f.cut.expected ?? null], records.paragraphs);
    records.figures.push(f.cut.figure);
    if (f.result) {
      const m = measureFromFigure(f.cut.figure, f.result.record.id);
      records.performanceMeasures.push(m);
      f.result.record.measures.push(m.id);
    }
  }
}

/** Mandate lists, then titles the conversion cut (known only once every list of the document is read). */
export function composeMandates({ walk, records, meta, log }: ComposeContext): void {
  const fragments: ListFragment[] = [];
  for (const s of walk.mandateSections) {
    const r = parseMandateList(s.lines, { meta, list: s.list, startLine: s.startLine });
    records.mandates.push(...r.mandates);
    log.problems.push(...r.problems);
    fragments.push(...r.fragments.map((f) => ({ ...f, list: s.list })));
  }
  repairCutTitles(records.mandates, fragments, log);
}
