/**
 * How a table is drawn from its column model: head rows with group headings spanning their columns, ids
 * for the `headers` of every value cell, and which head (the first, or one printed inside the table) each
 * row reads under. Pure: the component only prints what this returns.
 */
import type { Table } from '../../core/schemas/table.ts';
import type { TableColumn } from '../../core/schemas/table-column.ts';

export interface HeadCell {
  /** Heading text ('' for the blank stub or a heading the source does not print). */
  text: string;
  id: string;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup';
  /** The column this heading names (null for the stub and group headings). */
  column: TableColumn | null;
}

/** Id-safe form of a table number or column key (ids must not start with `table-`: those are permalinks). */
const idPart = (s: string) => s.replace(/[^\p{L}\p{N}.]+/gu, '_');
export const columnId = (table: Table, column: number, head = 0) => `th-${idPart(table.number)}-${head}-${column}`;
export const groupId = (table: Table, start: number) => `th-${idPart(table.number)}-g-${start}`;
export const rowHeadId = (anchor: string) => `th-${anchor.replace(/^table-/, '')}`;

/** Runs of neighbouring columns under the same group heading (`变动` over its four). */
export function groupRuns(columns: TableColumn[]): { group: string | null; start: number; length: number }[] {
  const runs: { group: string | null; start: number; length: number }[] = [];
  columns.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && c.group !== null && last.group === c.group) last.length++;
    else runs.push({ group: c.group, start: i, length: 1 });
  });
  return runs;
}

/** The head rows: one row, or two when some columns stand under a group heading. */
export function headRows(table: Table): HeadCell[][] {
  const runs = groupRuns(table.columns);
  const twoRows = runs.some((r) => r.group !== null);
  const stub: HeadCell[] =
    table.stub === null
      ? []
      : [{ text: table.stub, id: `th-${idPart(table.number)}-stub`, colspan: 1, rowspan: twoRows ? 2 : 1, scope: 'col', column: null }];
  const top: HeadCell[] = [...stub];
  const bottom: HeadCell[] = [];
  for (const run of runs) {
    if (run.group === null) {
      const c = table.columns[run.start]!;
      top.push({ text: c.label, id: columnId(table, run.start), colspan: 1, rowspan: twoRows ? 2 : 1, scope: 'col', column: c });
      continue;
    }
    top.push({ text: run.group, id: groupId(table, run.start), colspan: run.length, rowspan: 1, scope: 'colgroup', column: null });
    for (let i = run.start; i < run.start + run.length; i++) {
      const c = table.columns[i]!;
      bottom.push({ text: c.label, id: columnId(table, i), colspan: 1, rowspan: 1, scope: 'col', column: c });
    }
  }
  return twoRows ? [top, bottom] : [top];
}

/** Index (1-based) of the head printed inside the table that row `k` reads under, 0 for the first head. */
export function headOfRow(table: Table, k: number): number {
  let head = 0;
  table.subheads.forEach((s, i) => {
    if (s.beforeRow <= k) head = i + 1;
  });
  return head;
}

/** The `headers` of the value cell in row `k`, column `c`: the row's label, the group heading, the column's heading. */
export function cellHeaders(table: Table, k: number, c: number): string {
  const ids: string[] = [];
  const row = table.rows[k]!;
  if (row.label !== null) ids.push(rowHeadId(row.anchor));
  const head = headOfRow(table, k);
  if (head > 0 && table.subheads[head - 1]!.labels[c] != null) ids.push(columnId(table, c, head));
  else {
    const run = groupRuns(table.columns).find((r) => r.group !== null && c >= r.start && c < r.start + r.length);
    if (run) ids.push(groupId(table, run.start));
    ids.push(columnId(table, c));
  }
  return ids.join(' ');
}

/** A row that prints nothing under any column (a part, a category, a heading): its label spans the table. */
export function isLabelOnly(row: Table['rows'][number]): boolean {
  return row.label !== null && row.values.every((v) => v === null || v === '');
}

/** A cell that holds a figure (right-aligned): numbers, bracketed negatives, percentages, dashes. */
export function isNumeric(cell: string): boolean {
  return /^[\s(—–-]*[\d ,.]+\)?%?$|^—$/.test(cell);
}
