/** A table of a budget fascicle as cut from the text, before any kind-specific reading. */
import type { SourceLine } from '../../lib/source.ts';

/** Everything between a table's number line and its end, running page headers and blank lines removed. */
export interface RawTable {
  /** Table number as printed after 表 (`16.33`). */
  number: string;
  /** Source line of the number. */
  line: number;
  /** Caption lines as printed (`总表：按资金来源…`), without the unit line. */
  caption: string[];
  /** Unit line without brackets (`千美元`, `员额数目`), null if none. */
  unitOfMeasure: string | null;
  /** Every remaining line in order, split on tabs: header rows (repeated after page breaks too), part labels (`(1) 经常预算`), body rows. */
  rows: RawRow[];
  /** Lines under the table that belong to it: `注：…`, `^a …`, `资料来源：…`. */
  notes: SourceLine[];
}

export interface RawRow {
  /** Cells split on tabs, trailing empty cells kept (they mark empty columns). */
  cells: string[];
  /** Source line. */
  line: number;
}

/** Splits a table line on tabs, keeping empty cells. */
export function splitCells(text: string): string[] {
  return text.split('\t').map((c) => c.trim());
}
