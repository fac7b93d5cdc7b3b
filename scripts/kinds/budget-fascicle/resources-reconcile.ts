/**
 * Checking every printed subtotal, total, change total, estimate and percentage of a resource table
 * against the figures it is computed from. A mismatch is a `total` discrepancy (printed and computed
 * values, as the source would print them); it never stops the build.
 *
 * Tolerance: each printed amount is the true amount rounded to its last printed digit, so it is off by
 * up to half a unit of that digit (0.05 for `1 257.0`); dashes are exact nils and post counts are exact.
 * A figure computed from n printed figures carries n + 1 such independent errors; we allow three
 * standard deviations of their sum, capped at the worst case (see roundingTolerance): 0.15 for two
 * items and a total, 0.27 for nine and a total (not 0.5, let alone 0.1 per item). A percentage
 * change / base × 100 is allowed its own half-unit plus the first-order effect of the rounding of change
 * and base, which grows as the base gets small (2.4 / 26.2 needs ±0.26). Measured on the 2022 fascicle:
 * of its ~600 checks, 15 sums and estimates differ by exactly 0.1 (up to nine rows), 51 percentages by
 * up to 0.05, none by more; a difference of 0.3 on a nine-row total, or 0.2 on an estimate, is flagged.
 */
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { DocumentMeta } from '../types.ts';
import type { HeadColumn } from './resources-header.ts';
import { decimalsOf, formatAmount, roundingError, roundingTolerance } from './resources-numbers.ts';
import type { SumCheck } from './resources-structure.ts';

export interface ReconcileRow {
  label: string;
  kind: 'item' | 'heading' | 'subtotal' | 'total';
  line: number;
  values: (number | null)[];
  texts: (string | null)[];
  /** Cells as printed, by column ('' where the row's block has no such column). */
  printed: string[];
  /** Columns (indexes) the row's block prints. */
  columns: number[];
  placed: boolean;
}

export interface ReconcileInput {
  meta: DocumentMeta;
  tableId: string;
  columns: HeadColumn[];
  rows: ReconcileRow[];
  sums: SumCheck[];
  /** Amounts in money (千美元): whole numbers there are rounded, not exact counts. */
  money: boolean;
  /** Index, in the drawn table's columns, of each of `columns`. */
  canonical: number[];
}

type Check = NonNullable<Discrepancy['check']>;

const EPSILON = 1e-9;

export function reconcile(input: ReconcileInput): { discrepancies: Discrepancy[]; checks: number } {
  const { columns, rows, money } = input;
  const discrepancies: Discrepancy[] = [];
  const ids = new Map<string, number>();
  let checks = 0;
  const err = (cell: string) => roundingError(cell, money);
  const num = (row: ReconcileRow, c: number) => row.values[c] ?? 0;

  /** Counts one check; records a discrepancy when printed and computed differ by more than `tolerance`. */
  const compare = (row: ReconcileRow, c: number, computed: number, tolerance: number, what: string, check: Check) => {
    checks++;
    const printed = num(row, c);
    if (Math.abs(printed - computed) <= tolerance + EPSILON) return;
    const cell = row.printed[c]!;
    // A dash has no digits: print the computed value with the row's precision.
    const decimals = Math.max(0, ...row.printed.map(decimalsOf));
    const base = `${input.meta.documentId}/total/${row.line}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    discrepancies.push({
      id: n === 1 ? base : `${base}-${n}`,
      document: input.meta.symbol,
      documentId: input.meta.documentId,
      kind: 'total',
      table: input.tableId,
      line: row.line,
      description: `${row.label}, column ${columns[c]!.label}: ${what}`,
      printed: cell === '' ? '—' : cell,
      computed: formatAmount(computed, decimals),
      cells: [{ column: input.canonical[c]!, printed: cell, computed: formatAmount(computed, decimals) }],
      check,
    });
  };

  // Printed subtotals and totals against the rows they add up.
  for (const { row: r, members } of input.sums) {
    const row = rows[r]!;
    const parts = members.map((m) => rows[m]!);
    const span = parts.length ? `lines ${parts[0]!.line}–${parts[parts.length - 1]!.line}` : 'no rows';
    for (const c of row.columns) {
      const role = columns[c]!.role;
      if (role === 'percent' || row.texts[c] !== null) continue;
      // A part with its own head may print the same figure under another label (2021 批款数 / 估计数).
      const at = parts.map((p) => p.columns.find((pc) => slot(columns[pc]!) === slot(columns[c]!)));
      if (parts.some((p, k) => at[k] !== undefined && p.texts[at[k]] !== null)) continue;
      const sum = parts.reduce((s, p, k) => s + (at[k] === undefined ? 0 : num(p, at[k])), 0);
      const tolerance = roundingTolerance([
        err(row.printed[c]!),
        ...parts.map((p, k) => (at[k] === undefined ? 0 : err(p.printed[at[k]]!))),
      ]);
      compare(row, c, sum, tolerance, `the ${parts.length} rows it totals (${span}) add up to a different amount`, 'sum');
    }
  }

  // Within each row: change total, estimate, percentage.
  for (const row of rows) {
    if (!row.placed || row.kind === 'heading') continue;
    const find = (role: HeadColumn['role'], zone?: number) =>
      row.columns.filter((c) => columns[c]!.role === role && (zone === undefined || columns[c]!.zone === zone));
    const [technical] = find('technical');
    const [added] = find('new');
    const [other] = find('other');
    const [change] = find('changeTotal');
    const [percent] = find('percent');
    const base = find('year', 0).at(-1);
    const [estimate] = find('year', 2);
    if (change === undefined) continue;
    const e = (c: number) => err(row.printed[c]!);
    if (technical !== undefined && added !== undefined && other !== undefined) {
      const sum = num(row, technical) + num(row, added) + num(row, other);
      compare(
        row,
        change,
        sum,
        roundingTolerance([e(change), e(technical), e(added), e(other)]),
        'the change total differs from 技术调整 + 新的/扩大的任务 + 其他',
        'change',
      );
    }
    if (base !== undefined && estimate !== undefined) {
      compare(
        row,
        estimate,
        num(row, base) + num(row, change),
        roundingTolerance([e(estimate), e(base), e(change)]),
        `the estimate differs from ${columns[base]!.label} + the change total`,
        'estimate',
      );
    }
    if (percent !== undefined && base !== undefined && num(row, base) !== 0) {
      const b = num(row, base);
      const c = num(row, change);
      const tolerance = e(percent) + 100 * (e(change) / Math.abs(b) + (Math.abs(c) * e(base)) / (b * b));
      compare(
        row,
        percent,
        (100 * c) / b,
        tolerance,
        `the percentage differs from the change total / ${columns[base]!.label} × 100`,
        'percent',
      );
    }
  }

  reconcilePostChanges(rows, compare);
  return { discrepancies, checks };
}

/** What a column stands for across heads: the year (before or after the change), the kind of change, or its label. */
function slot(column: HeadColumn): string {
  if (column.role === 'year') return `year:${/(\d{4})/.exec(column.label)?.[1]}:${column.zone}`;
  if (column.role === 'plain') return `plain:${column.key}`;
  return column.role;
}

type Compare = (row: ReconcileRow, c: number, computed: number, tolerance: number, what: string, check: Check) => void;

const POST_DETAIL = /(\d+)\s*个\s*[^、，,]+/g;
/** A whole cell that is a list of posts by grade: `1 个 USG、3 个 D-2、…`. */
const POST_LIST = /^\d+\s*个\s*[^、，,]+(?:[、，,]\s*\d+\s*个\s*[^、，,]+)*$/;
const YEAR_ROW = /^\d{4}\s*年/;

/**
 * Tables that list posts as rows (`2021 年核定数`, `员额变动`, `2022 年拟议数`, each with a count and
 * a text such as `1 个 USG、3 个 D-2…`): the details add up to the count, and the proposed count is
 * the approved count plus the change.
 */
function reconcilePostChanges(rows: ReconcileRow[], compare: Compare): void {
  for (const row of rows) {
    if (!row.placed) continue;
    const numbers = row.columns.filter((c) => row.values[c] !== null);
    const details = row.columns.filter((c) => row.texts[c] !== null && POST_LIST.test(row.texts[c]!));
    if (numbers.length !== 1 || details.length !== 1) continue;
    const counts = [...row.texts[details[0]!]!.matchAll(POST_DETAIL)].map((m) => Number(m[1]));
    compare(
      row,
      numbers[0]!,
      counts.reduce((s, n) => s + n, 0),
      0,
      'the posts listed in the details add up to a different number',
      'posts',
    );
  }
  for (let i = 0; i + 2 < rows.length; i++) {
    const [from, change, to] = [rows[i]!, rows[i + 1]!, rows[i + 2]!];
    if (!YEAR_ROW.test(from.label) || !/变动/.test(change.label) || !YEAR_ROW.test(to.label)) continue;
    if (!from.placed || !change.placed || !to.placed) continue;
    for (const c of to.columns) {
      if (to.values[c] === null && to.texts[c] !== null) continue;
      if (from.texts[c] !== null) continue;
      compare(to, c, (from.values[c] ?? 0) + (change.values[c] ?? 0), 0, `the count differs from ${from.label} + ${change.label}`, 'posts');
    }
  }
}
