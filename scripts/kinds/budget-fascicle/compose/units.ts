/** Paragraphs, subprogrammes and results as records: footnotes resolved, objectives filled, origins read. */
import type { ComposeContext } from './context.ts';
import { checkCarriedFrom } from '../carried-from.ts';

/** Budget symbols a result footnote names (`A/74/6 (Sect. 16)`, `A/75/6 (Sect. 16)/Corr.1`). */
const BUDGET_SYMBOL = /[A-Z]\/\d+\/\d+(?:\/Add\.\d+)?(?:\s*\(Sect\.\s*\d+(?:\/Corr\.\d+)?\))?(?:\/Corr\.\d+)?/g;

/** Paragraphs: footnotes whose marks stand in them. */
export function composeParagraphs({ walk, notes, records, log }: ComposeContext): void {
  for (const d of walk.paragraphs) {
    d.record.footnotes = d.marks.map((mark) => {
      const text = notes.text.get(mark);
      if (text === undefined)
        log.warning(
          d.record.lines[0],
          'footnote-missing',
          `paragraph ${d.record.number} carries footnote mark ${mark}, but no footnote line with that mark was found`,
        );
      return { mark, text: text ?? '' };
    });
    records.paragraphs.push(d.record);
  }
}

/** Subprogrammes: the objective's full text (continuation lines included), missing titles and objectives reported. */
export function composeSubprogrammes({ walk, records, log }: ComposeContext): void {
  records.subprogrammes.push(...walk.subprogrammes);
  const byNumber = new Map(records.paragraphs.map((p) => [p.number, p]));
  for (const s of walk.subprogrammes) {
    if (s.objectiveParagraph) s.objective = byNumber.get(s.objectiveParagraph)?.text ?? s.objective;
    if (!s.title) log.warning(s.line, 'subprogramme-untitled', `subprogramme ${s.key} has no title in the programme of work or in Part B`);
    if (!s.component && s.components.length === 0 && s.objectiveParagraph === null)
      log.warning(s.line, 'no-objective', `subprogramme ${s.key} has no 目标 paragraph`);
  }
}

/** Results: where they were first proposed, from the footnote on their title. */
export function composeResults({ walk, notes, records, log, meta }: ComposeContext): void {
  for (const r of walk.results) {
    const mark = r.marks[0];
    if (mark !== undefined) {
      const text = notes.text.get(mark);
      if (text === undefined)
        log.warning(
          r.record.line,
          'footnote-missing',
          `result "${r.record.title}" carries footnote mark ${mark}, but no footnote line with that mark was found`,
        );
      else {
        r.record.carriedFrom = { symbols: [...text.matchAll(BUDGET_SYMBOL)].map((m) => m[0]), text };
        records.discrepancies.push(...checkCarriedFrom(text, notes.line.get(mark) ?? r.record.line, meta));
      }
    }
    records.results.push(r.record);
  }
}
