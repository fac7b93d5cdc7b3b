/** Source totals that do not add up, as notes for the rows of a chart's table (shown, never corrected). */
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';

/** `原文印出 …；按其各项计算为 …` for a total discrepancy, in the table's language. */
export function discrepancyNote(d: Discrepancy): string {
  return `来源问题：原文印出“${d.printed ?? '—'}”，按其各项计算为“${d.computed ?? '—'}”`;
}

/** Notes of the `total` discrepancies of one table, by source line of the row they are about. */
export function totalNotesByLine(discrepancies: Discrepancy[], tableId: string): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  for (const d of discrepancies) {
    if (d.kind !== 'total' || d.table !== tableId) continue;
    byLine.set(d.line, [...(byLine.get(d.line) ?? []), discrepancyNote(d)]);
  }
  return byLine;
}

/** One note per row (joined when a row has several), null where the row has none. */
export function rowNotes(lines: number[], byLine: Map<number, string[]>): (string | null)[] {
  return lines.map((l) => byLine.get(l)?.join('；') ?? null);
}
