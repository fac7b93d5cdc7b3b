/** Source totals that do not add up, as notes for the rows of a chart's table (shown, never corrected). */
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Bilingual } from '../i18n/index.ts';
import { quoted as q } from '../i18n/quoted.ts';

/** `来源问题：原文印出 …，按其各项计算为 …` for a total discrepancy, in both languages. */
export function discrepancyNote(d: Discrepancy): Bilingual {
  const printed = d.printed ?? '—';
  const computed = d.computed ?? '—';
  return {
    zh: `来源问题：原文印出“${printed}”，按其各项计算为“${computed}”`,
    en: `Source issue: printed “${q(printed)}”, its items add up to “${q(computed)}”`,
  };
}

/** Notes of the `total` discrepancies of one table, by source line of the row they are about. */
export function totalNotesByLine(discrepancies: Discrepancy[], tableId: string): Map<number, Bilingual[]> {
  const byLine = new Map<number, Bilingual[]>();
  for (const d of discrepancies) {
    if (d.kind !== 'total' || d.table !== tableId) continue;
    byLine.set(d.line, [...(byLine.get(d.line) ?? []), discrepancyNote(d)]);
  }
  return byLine;
}

/** Several notes as one, language by language. */
export function joinNotes(notes: Bilingual[] | undefined): Bilingual | null {
  if (!notes || notes.length === 0) return null;
  return { zh: notes.map((n) => n.zh).join('；'), en: notes.map((n) => n.en).join('; ') };
}

/** One note per row (joined when a row has several), null where the row has none. */
export function rowNotes(lines: number[], byLine: Map<number, Bilingual[]>): (Bilingual | null)[] {
  return lines.map((l) => joinNotes(byLine.get(l)));
}
