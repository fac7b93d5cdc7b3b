/** Finding columns and rows of a Part B resource table by their typed meaning (role, year, kind of change), never by caption. */
import type { ResourceTable } from '../../../core/schemas/resource-table.ts';
import type { ColumnRole } from '../../../core/schemas/table-column.ts';

type Row = ResourceTable['rows'][number];
type ColumnType = ResourceTable['columnTypes'][number];
export type Part = 'regular' | 'extrabudgetary' | null;

/** Column indexes the rows of a part print (every column when all rows print all; a part's head may print fewer). */
export function partColumns(table: ResourceTable, part: Part): number[] {
  const all = table.columns.map((_, i) => i);
  if (!table.columnSets || part === null) return all;
  const rows = new Set(partRows(table, part).map((r) => table.rows.indexOf(r)));
  const sets = table.columnSets;
  const used = sets.filter((s, i) => {
    const end = sets[i + 1]?.fromRow ?? table.rows.length;
    return [...rows].some((r) => r >= s.fromRow && r < end);
  });
  return used.length === 0 ? all : [...new Set(used.flatMap((s) => s.columns))].sort((a, b) => a - b);
}

/** Index of the first column the part prints that has this meaning, or -1. */
export function findColumn(table: ResourceTable, part: Part, match: (c: ColumnType) => boolean): number {
  return partColumns(table, part).find((i) => match(table.columnTypes[i]!)) ?? -1;
}

/** A year's figure of one of these roles; `qualifier` undefined takes any. */
export const yearColumn = (year: number, roles: ColumnRole[], qualifier?: ColumnType['qualifier']) => (c: ColumnType) =>
  c.year === year && roles.includes(c.role) && (qualifier === undefined || c.qualifier === qualifier);

/** The budget year of the regular budget: the estimate before recosting, or for posts the proposed number. */
export const budgetYearColumn = (year: number) => (c: ColumnType) =>
  c.year === year &&
  ((c.role === 'estimate' && c.qualifier === 'before-recosting') || (c.role === 'proposed' && c.qualifier !== 'after-recosting'));

export const changeTotal = (c: ColumnType) => c.role === 'change' && c.change === 'total';
export const percent = (c: ColumnType) => c.role === 'percent';

export function valueAt(row: Row, column: number): number | null {
  return column < 0 ? null : (row.values[column] ?? null);
}

/** Rows of a part (`(1) 经常预算`, `(2) 预算外`); all rows when the table has no parts. */
export function partRows(table: ResourceTable, part: Part): Row[] {
  if (part === null) return table.rows;
  const marker = part === 'regular' ? '经常预算' : '预算外';
  return table.rows.filter((r) => r.part !== null && r.part.includes(marker));
}

/** The row of a unit in an overview table by its printed number ("1. 打击跨国组织犯罪" is subprogramme 1). */
export function unitRow(rows: Row[], key: string): Row | undefined {
  return rows.find((r) => r.kind === 'item' && r.label.startsWith(`${key}. `));
}

/** Label without its leading number or letter ("1. 打击…" → "打击…"). */
export function stripNumber(label: string): string {
  return label.replace(/^([A-Z]|\d+)\.\s*/, '');
}

/** Leading number or letter of a label ("C. 工作方案" → "C"), null if none. */
export function leadingKey(label: string): string | null {
  return /^([A-Z]|\d+)\./.exec(label)?.[1] ?? null;
}
