/** Coverage pass: nothing silently dropped, nothing the contents promise missing, and the counts for the report. */
import type { CoverageLine } from '../../types.ts';
import { isBlank } from '../lines.ts';
import type { ComposeContext } from './context.ts';
import type { TableTally } from './tables.ts';

/** Every part and annex the contents list must be in the text (a missing one means a truncated document); every line placed. */
export function checkCompleteness({ walk, contents, lines, log }: ComposeContext): void {
  const lastLine = lines[lines.length - 1]?.no ?? 0;
  const partHeadings = new Set(walk.headings.filter((h) => h.kind === 'part').map((h) => h.text.replace(/\s+/g, '')));
  for (const p of contents.parts) {
    if (!partHeadings.has(p.replace(/\s+/g, '')))
      log.error(lastLine, 'missing-part', `the contents list part "${p}", but the text has no such heading; the document may be truncated`);
  }
  const annexes = walk.headings.filter((h) => h.kind === 'annex').length;
  if (annexes < contents.annexTitles.length)
    log.error(
      lastLine,
      'missing-annex',
      `the contents list ${contents.annexTitles.length} annex(es), the text has ${annexes}; the document may be truncated`,
    );
  for (const l of lines)
    if (!isBlank(l.text) && !walk.placed.has(l.no)) log.error(l.no, 'unplaced-line', `line not placed: "${l.text.trim().slice(0, 40)}"`);
}

export function coverageLines({ walk, lines, records }: ComposeContext, tally: TableTally): CoverageLine[] {
  const nonBlank = lines.filter((l) => !isBlank(l.text));
  return [
    { what: 'lines', found: nonBlank.length, placed: nonBlank.filter((l) => walk.placed.has(l.no)).length },
    { what: 'numbered paragraphs', found: walk.paragraphLines, placed: records.paragraphs.length },
    { what: 'tables', found: walk.tables.length, placed: records.tables.length },
    { what: 'table rows', found: tally.rows, placed: tally.rowsPlaced },
    { what: 'deliverable rows', found: tally.deliverableRows.found, placed: tally.deliverableRows.placed },
    { what: 'figures', found: walk.figures.length, placed: records.figures.length },
    { what: 'mandate sections', found: walk.mandateSections.length, placed: walk.mandateSections.length },
    {
      what: 'resource totals reconciled',
      found: tally.resourceChecks.checked,
      placed: tally.resourceChecks.checked - tally.resourceChecks.mismatched,
      reconciliation: true,
    },
    {
      what: 'deliverable subtotals reconciled',
      found: tally.deliverableTotals,
      placed: tally.deliverableTotals - tally.deliverableMismatches,
      reconciliation: true,
    },
  ];
}
