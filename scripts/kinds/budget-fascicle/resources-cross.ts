/**
 * Checks between the resource tables of one fascicle: a figure printed in an overview table (by
 * component and subprogramme, by object, by category) is printed again in the table of that component
 * or subprogramme, and the regular-budget totals of the overview tables agree. The same true amount
 * rounds to the same printed figure, so these comparisons are exact.
 */
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { ResourceTable } from '../../../core/schemas/resource-table.ts';
import type { DocumentMeta } from '../types.ts';
import { roleOf } from './resources-header.ts';
import { formatAmount } from './resources-numbers.ts';

type Row = ResourceTable['rows'][number];

/** A row of figures in a table, for comparison. */
interface Figure {
  table: ResourceTable;
  row: Row;
}

const POSTS_GROUP = /员额资源|职类/;
const SUBPROGRAMME_CAPTION = /^次级方案\s*(\d+)/;
const NUMBERED_ROW = /^(\d+)\.\s*\S/;
const LETTERED_ROW = /^[A-Z]\.\s*(.+)$/;

/** Year columns compare by year and by what the figure is, wherever the table prints them. */
const YEAR_STATUS: [RegExp, string][] = [
  [/支出/, 'spent'],
  [/批款|拨款|核定/, 'approved'],
  [/估计|拟议/, 'proposed'],
  [/实际/, 'actual'],
  [/计划/, 'planned'],
];

/**
 * What each column stands for, comparable across tables: `year:2021:approved`, `technical`, `percent` …;
 * null where two of the `printed` columns would claim the same meaning (then neither is compared), or
 * where the column is not printed.
 */
export function columnSlots(labels: string[], printed: Set<number> = new Set(labels.map((_, i) => i))): (string | null)[] {
  const slots = labels.map((label) => {
    const role = roleOf(label.split('：'));
    if (role === 'year') return `year:${/(\d{4})/.exec(label)?.[1]}:${YEAR_STATUS.find(([re]) => re.test(label))?.[1] ?? label}`;
    if (role === 'plain') return `plain:${label.replace(/\s+/g, '')}`;
    return role;
  });
  const live = slots.map((s, i) => (printed.has(i) ? s : null));
  return live.map((s) => (s === null || live.filter((x) => x === s).length > 1 ? null : s));
}

const isPosts = (t: ResourceTable) => /员额/.test(t.unitOfMeasure ?? '') && !/美元/.test(t.unitOfMeasure ?? '');
const isMoney = (t: ResourceTable) => /美元/.test(t.unitOfMeasure ?? '') && !/员额/.test(t.unitOfMeasure ?? '');

/** The total of a table's money or posts (a table of both has one per group), null if it prints none. */
function tableTotal(table: ResourceTable, posts: boolean): Figure | null {
  if ((isPosts(table) && !posts) || (isMoney(table) && posts)) return null;
  const mixed = !isPosts(table) && !isMoney(table);
  const row = table.rows.find((r) => r.kind === 'total' && (!mixed || (r.group !== null && POSTS_GROUP.test(r.group)) === posts));
  return row ? { table, row } : null;
}

/** Columns the figure's row prints (a part or a head inside the table may print fewer, see `columnSets`). */
function printedColumns({ table, row }: Figure): Set<number> {
  const at = table.rows.indexOf(row);
  const set = table.columnSets?.filter((s) => s.fromRow <= at).at(-1);
  return new Set(set ? set.columns : table.columns.map((_, i) => i));
}

/** Decimals a column prints (`1 257.0` is stored as 1257: the other rows of the column tell). */
function columnDecimals(table: ResourceTable, column: number): number {
  return Math.max(0, ...table.rows.map((r) => String(r.values[column] ?? '').split('.')[1]?.length ?? 0));
}

/** The regular-budget row an overview table prints for the component or subprogramme a caption names. */
function overviewRow(overview: ResourceTable, caption: string): Row | null {
  const regular = overview.rows.filter((r) => r.part === null || /经常预算/.test(r.part));
  const sub = SUBPROGRAMME_CAPTION.exec(caption)?.[1];
  if (sub !== undefined) return regular.find((r) => NUMBERED_ROW.exec(r.label)?.[1] === sub) ?? null;
  const name = caption.split(/[：:]/)[0]!.trim();
  return regular.find((r) => LETTERED_ROW.exec(r.label)?.[1]?.trim() === name) ?? null;
}

/** The regular-budget total of an overview table: `小计, (1)` under `(1) 经常预算` where it has parts, else its total. */
function overviewTotal(table: ResourceTable, posts: boolean): Figure | null {
  if ((isPosts(table) && !posts) || (isMoney(table) && posts)) return null;
  const partTotal = table.rows.find(
    (r) => r.kind === 'subtotal' && r.part !== null && /经常预算/.test(r.part) && /^小计\s*[,，]?\s*\(1\)/.test(r.label),
  );
  return partTotal ? { table, row: partTotal } : tableTotal(table, posts);
}

/**
 * Every check between tables: each component or subprogramme table's total against its row in the
 * overview by component (money and posts), and the overview tables' regular-budget totals against
 * each other. A difference is an `other` discrepancy on the later table's row.
 */
export function reconcileAcrossTables(tables: ResourceTable[], meta: DocumentMeta): { discrepancies: Discrepancy[]; checks: number } {
  const discrepancies: Discrepancy[] = [];
  let checks = 0;

  const compare = (a: Figure, b: Figure, what: string) => {
    const slotsA = columnSlots(a.table.columns, printedColumns(a));
    const slotsB = columnSlots(b.table.columns, printedColumns(b));
    slotsA.forEach((slot, i) => {
      const j = slot === null ? -1 : slotsB.indexOf(slot);
      if (j < 0 || a.row.texts[i] !== null || b.row.texts[j] !== null) return;
      const va = a.row.values[i] ?? null;
      const vb = b.row.values[j] ?? null;
      // A column one table leaves empty and the other too (posts have no expenditure) says nothing.
      if (va === null && vb === null) return;
      checks++;
      if (Math.abs((va ?? 0) - (vb ?? 0)) < 1e-9) return;
      const decimals = Math.max(columnDecimals(a.table, i), columnDecimals(b.table, j));
      const base = `${meta.documentId}/other/${a.row.line}`;
      const taken = discrepancies.filter((d) => d.id === base || d.id.startsWith(`${base}-`)).length;
      discrepancies.push({
        id: taken === 0 ? base : `${base}-${taken + 1}`,
        document: meta.symbol,
        documentId: meta.documentId,
        kind: 'other',
        table: a.table.id,
        line: a.row.line,
        description: `${a.row.label}, column ${a.table.columns[i]}: table ${a.table.number} prints another figure than ${what} in table ${b.table.number} (line ${b.row.line}, column ${b.table.columns[j]})`,
        printed: va === null ? '—' : formatAmount(va, decimals),
        computed: vb === null ? '—' : formatAmount(vb, decimals),
        cells: [
          {
            column: a.table.columnTypes[i]!.canonical,
            printed: va === null ? '—' : formatAmount(va, decimals),
            computed: vb === null ? '—' : formatAmount(vb, decimals),
          },
        ],
        check: 'other-table',
        against: { table: b.table.id, row: b.row.label },
      });
    });
  };

  for (const posts of [false, true]) {
    const overview = tables.find(
      (t) =>
        t.unit === 'programme' &&
        (posts ? isPosts(t) : isMoney(t)) &&
        t.rows.some((r) => NUMBERED_ROW.test(r.label)) &&
        t.rows.some((r) => LETTERED_ROW.test(r.label)),
    );
    if (!overview) continue;
    const namesComponent = (t: ResourceTable) => SUBPROGRAMME_CAPTION.test(t.title) || overviewRow(overview, t.title) !== null;
    for (const t of tables) {
      if (t === overview || !namesComponent(t)) continue;
      const total = tableTotal(t, posts);
      const row = overviewRow(overview, t.title);
      if (total && row) compare(total, { table: overview, row }, `row "${row.label}"`);
    }
    const totals = tables
      .filter((t) => t.unit === 'programme' && !namesComponent(t))
      .map((t) => overviewTotal(t, posts))
      .filter((f): f is Figure => f !== null);
    for (const f of totals.slice(1)) compare(f, totals[0]!, `the regular-budget total "${totals[0]!.row.label}"`);
  }
  return { discrepancies, checks };
}
