/** Finding columns and rows of a Part B resource table by what the source prints, not by position. */
import type { ResourceTable } from '../../../core/schemas/resource-table.ts';

type Row = ResourceTable['rows'][number];

/** Column label without spaces (the conversion breaks heads at odd places, e.g. a space before "批款数"). */
const squash = (s: string) => s.replace(/\s+/g, '');

/** Index of the first column whose squashed label matches, or -1. */
export function columnIndex(table: ResourceTable, pattern: RegExp): number {
  return table.columns.findIndex((c) => pattern.test(squash(c)));
}

/**
 * The year columns the charts use, by meaning, with the year captured: a fascicle prints its own years, so a column
 * is picked by pattern and by the year its role has in that fascicle (yearColumnIndex), never by a year written here.
 * Anchored so that "<Y>年估计数" does not take "<Y>年估计数(重计费用前)".
 */
export const yearColumnPatterns = {
  expenditure: /^(\d{4})年支出数$/,
  /** Regular budget, appropriation year: 批款数, 拨款数 (both are printed) or, for posts, 核定数. */
  appropriation: /^(\d{4})年(?:批款数|拨款数|核定数)$/,
  estimate: /^(\d{4})年估计数$/,
  /** Regular budget, budget year: before recosting ("重计费用前", once misprinted "重计费前"), or posts 拟议数. */
  estimateBeforeRecosting: /^(\d{4})年(?:(?:估计数|拟议数)\(重计费(?:用)?前\)|拟议数)$/,
} as const;

/** Index of the first column whose squashed label matches the pattern with that year in its first group, or -1. */
export function yearColumnIndex(table: ResourceTable, pattern: RegExp, year: number): number {
  return table.columns.findIndex((c) => {
    const m = pattern.exec(squash(c));
    return m !== null && Number(m[1]) === year;
  });
}

/** The columns that print no year, by meaning. */
export const columnPatterns = {
  changeTotal: /^变动：共计$|^共计$/,
  /** Extrabudgetary change (the part prints a single "变动" column). */
  changeSingle: /^变动$/,
  percent: /^(变动：)?百分比$/,
} as const;

export function valueAt(row: Row, column: number): number | null {
  return column < 0 ? null : (row.values[column] ?? null);
}

/** Rows of a part (`(1) 经常预算`, `(2) 预算外`); all rows when the table has no parts. */
export function partRows(table: ResourceTable, part: 'regular' | 'extrabudgetary' | null): Row[] {
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
