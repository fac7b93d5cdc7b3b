/**
 * The printed column head of a Part B resource table: recognising head rows, flattening heads printed
 * over two or three lines (with `变动` spanning its sub-columns) into one label per value column, and
 * putting the columns in the genre's order.
 */
import { parseAmount } from '../../../core/text.ts';

/** What a column holds, as far as reconciliation cares. */
export type ColumnRole =
  | 'year' // a year's amount: 2020 支出数, 2021 批款数, 2022 估计数
  | 'technical' // 变动: 技术调整
  | 'new' // 变动: 新的/扩大的任务
  | 'other' // 变动: 其他
  | 'changeTotal' // 变动: 共计, or a lone 变动 column
  | 'percent' // 百分比
  | 'plain'; // anything else (数目, 详情, 说明 …)

export interface HeadColumn {
  /** Flattened label: levels joined with `：`, line-wrap spaces removed. */
  label: string;
  /** Identity across heads of one table: the label without any white space. */
  key: string;
  role: ColumnRole;
  /** 0 before the change block, 1 in it, 2 after it (all 0 when there is no change block). */
  zone: 0 | 1 | 2;
  /** Printed cell index (1-based: cell 0 is the row label). */
  position: number;
  /** True when the head prints no heading of its own over these values (taken from a span or from the genre). */
  supplied?: boolean;
}

/** Longest cell a head row holds; body text cells (post details, descriptions) are longer. */
const MAX_HEAD_CELL = 24;

/** A head row: at least one non-empty value cell, every cell short, none a number or a dash. */
export function isHeadRow(cells: string[]): boolean {
  const valueCells = cells.slice(1).filter((c) => c !== '');
  if (valueCells.length === 0) return false;
  return cells.every((c) => c.length <= MAX_HEAD_CELL && (c === '' || parseAmount(c) === undefined));
}

/** `技术 调整` → `技术调整`, `2020 年 支出数` → `2020 年支出数`: a space survives only next to an ASCII letter or digit. */
export function normalizeHeadText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(.) (?=(.))/gu, (m, a: string, b: string) => (/[A-Za-z0-9]/.test(a) || /[A-Za-z0-9]/.test(b) ? m : a));
}

/**
 * Flattens head rows into one column per printed value position that has a label. A cell spans to its
 * right over empty cells when the row below has labels under both it and them (`变动` over
 * `技术调整 … 共计`); a label with nothing under it does not span (`2022 年估计数` next to `百分比`).
 * With `keepSpanned`, a position with no label of its own that lies inside a printed span (an empty
 * cell under `变动` before the next head cell) is kept too, labelled with the spanning cell.
 */
export function flattenHead(rows: string[][], keepSpanned = false): HeadColumn[] {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (r: number, c: number) => normalizeHeadText(rows[r]?.[c] ?? '');
  const below = (r: number, c: number) => rows.slice(r + 1).some((_, i) => cell(r + 1 + i, c) !== '');
  const raw: { levels: string[]; position: number; spanned: boolean }[] = [];
  for (let c = 1; c < width; c++) {
    const levels: string[] = [];
    for (let r = 0; r < rows.length; r++) {
      const own = cell(r, c);
      if (own !== '') {
        levels.push(own);
        continue;
      }
      if (!below(r, c)) continue;
      for (let j = c - 1; j >= 1; j--) {
        if (cell(r, j) === '') continue;
        if (below(r, j)) levels.push(cell(r, j));
        break;
      }
    }
    if (levels.length > 0) raw.push({ levels, position: c, spanned: false });
    else if (keepSpanned) {
      const parent = spanningCell(
        rows.map((_, r) => (k: number) => cell(r, k)),
        c,
        width,
      );
      if (parent !== null) raw.push({ levels: [parent], position: c, spanned: true });
    }
  }
  const roles = raw.map((c) => (c.spanned ? 'plain' : roleOf(c.levels)));
  const changePositions = raw.filter((_, i) => isChange(roles[i]!)).map((c) => c.position);
  const first = Math.min(...changePositions);
  const last = Math.max(...changePositions);
  return raw.map((c, i) => {
    const role = roles[i]!;
    const zone: 0 | 1 | 2 =
      changePositions.length === 0 ? 0 : isChange(role) || role === 'percent' ? 1 : c.position < first ? 0 : c.position > last ? 2 : 1;
    const label = c.levels.join('：');
    const key = label.replace(/\s+/g, '') + (c.spanned ? `@${c.position}` : '');
    return { label, key, role, zone, position: c.position, ...(c.spanned ? { supplied: true } : {}) };
  });
}

/** The cell of some head row whose span covers position c: non-empty to the left, only empty cells up to c, another cell after c. */
function spanningCell(rows: ((k: number) => string)[], c: number, width: number): string | null {
  for (const cell of rows) {
    let j = c - 1;
    while (j >= 1 && cell(j) === '') j--;
    if (j < 1) continue;
    let k = c + 1;
    while (k < width && cell(k) === '') k++;
    if (k < width) return cell(j);
  }
  return null;
}

function isChange(role: ColumnRole): boolean {
  return role === 'technical' || role === 'new' || role === 'other' || role === 'changeTotal';
}

/** What a column with these head levels (top to bottom) holds. */
export function roleOf(levels: string[]): ColumnRole {
  const leaf = levels[levels.length - 1]!;
  const underChange = levels.slice(0, -1).some((l) => l === '变动');
  if (/百分比/.test(leaf)) return 'percent';
  if (/^技术调整$/.test(leaf)) return 'technical';
  if (/^新的\/?扩大的任务$|^新的或扩大的任务$/.test(leaf)) return 'new';
  if (leaf === '其他' && underChange) return 'other';
  if (leaf === '共计' || leaf === '变动') return 'changeTotal';
  if (/\d{4} ?年/.test(leaf)) return 'year';
  return 'plain';
}

const CHANGE_RANK: Partial<Record<ColumnRole, number>> = { technical: 0, new: 1, other: 2, changeTotal: 3, percent: 4 };

/**
 * The genre's column order: years before the change, the change block (技术调整, 新的/扩大的任务, 其他,
 * 共计, 百分比), years after it. Body rows always print values in this order, even where the head does
 * not (表 16.30 prints 百分比 after the estimate).
 */
export function genreOrder(columns: HeadColumn[]): HeadColumn[] {
  const byPosition = [...columns].sort((a, b) => a.position - b.position);
  const rank = new Map<HeadColumn, number>();
  for (const c of byPosition) {
    const before = byPosition[byPosition.indexOf(c) - 1];
    // A column inside the change block with no change role stays right after the column printed before it.
    rank.set(c, CHANGE_RANK[c.role] ?? (c.zone === 1 && before ? (rank.get(before) ?? 0) + 0.5 : 0));
  }
  return columns
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.zone - b.c.zone || rank.get(a.c)! - rank.get(b.c)! || a.i - b.i)
    .map((x) => x.c);
}

/** The head with a 百分比 column the head left out, after the change total (or null when that cannot apply). */
export function withPercent(columns: HeadColumn[]): HeadColumn[] | null {
  if (columns.some((c) => c.role === 'percent')) return null;
  const at = columns.findIndex((c) => c.role === 'changeTotal');
  if (at < 0) return null;
  const percent: HeadColumn = { label: '百分比', key: '百分比', role: 'percent', zone: 1, position: columns[at]!.position, supplied: true };
  return [...columns.slice(0, at + 1), percent, ...columns.slice(at + 1)];
}
