/**
 * The column model of a table: one typed column per run of values, whatever the printed head lines say.
 * Pages draw every table from it (each heading over exactly the values it names); charts pick columns by
 * role and year. Resource tables get theirs from the resource parser's layouts (resources-grid.ts); the
 * other tables (deliverables, performance measures) from their one printed head row, here.
 */
import type { ColumnRole, TableColumn } from '../../../core/schemas/table-column.ts';
import type { Table } from '../../../core/schemas/table.ts';
import { parseYearColumn } from './columns.ts';
import { normalizeHeadText } from './resources-header.ts';

/** The typed reading of a column heading (its last level: `技术调整`, `2022 年估计数(重计费用前)`). */
export interface ColumnMeaning {
  role: ColumnRole;
  year: number | null;
  change: TableColumn['change'];
  qualifier: TableColumn['qualifier'];
}

const YEAR_ROLES: [RegExp, ColumnRole][] = [
  [/支出/, 'expenditure'],
  [/批款|拨款/, 'appropriation'],
  [/核定/, 'approved'],
  [/估计/, 'estimate'],
  [/拟议/, 'proposed'],
  [/实际/, 'actual'],
  [/计划/, 'planned'],
];

/** Role, year, kind of change and recosting qualifier of a heading (levels joined with `：`). */
export function columnMeaning(label: string): ColumnMeaning {
  const levels = label.split('：').map((l) => l.replace(/\s+/g, ''));
  const leaf = levels[levels.length - 1] ?? '';
  const underChange = levels.slice(0, -1).includes('变动');
  const none = { year: null, qualifier: null };
  if (/百分比/.test(leaf)) return { role: 'percent', change: null, ...none };
  if (/^技术调整$/.test(leaf)) return { role: 'change', change: 'technical', ...none };
  if (/^新的\/?扩大的任务$|^新的或扩大的任务$/.test(leaf)) return { role: 'change', change: 'new', ...none };
  if (leaf === '其他' && underChange) return { role: 'change', change: 'other', ...none };
  if (leaf === '共计' || leaf === '变动') return { role: 'change', change: 'total', ...none };
  const year = /(\d{4})年?/.exec(leaf);
  const role = YEAR_ROLES.find(([re]) => re.test(leaf))?.[1];
  if (year && role) {
    const qualifier = /重计费(用)?前/.test(leaf) ? 'before-recosting' : /重计费(用)?后/.test(leaf) ? 'after-recosting' : null;
    return { role, year: Number(year[1]), change: null, qualifier };
  }
  return { role: /^数目$|^数量$/.test(leaf) ? 'count' : 'text', change: null, ...none };
}

/** Stable key of a column: year, role and qualifier (`2022-estimate-before-recosting`), the kind of change, or the heading itself. */
export function columnKey(m: ColumnMeaning, label: string): string {
  if (m.year !== null) return `${m.year}-${m.role}${m.qualifier ? `-${m.qualifier}` : ''}`;
  if (m.change !== null) return `change-${m.change}`;
  if (m.role === 'percent') return 'percent';
  return `${m.role}-${label.replace(/\s+/g, '')}`;
}

/** A heading split into group (`变动`) and leaf, note marks (`^a`) taken off. */
export function splitHeading(label: string): { group: string | null; leaf: string; notes: string[] } {
  const notes: string[] = [];
  const bare = label
    .replace(/\s*\^([a-z])/g, (_, m: string) => {
      notes.push(m);
      return '';
    })
    .trim();
  const at = bare.indexOf('：');
  return at < 0 ? { group: null, leaf: bare, notes } : { group: bare.slice(0, at), leaf: bare.slice(at + 1), notes };
}

/** A column printed under one heading only. */
export function printedColumn(label: string, fromRow = 0): TableColumn {
  const { group, leaf, notes } = splitHeading(label);
  const meaning = columnMeaning(group ? `${group}：${leaf}` : leaf);
  const year = parseYearColumn(label);
  // Performance-measure heads (`2018(实际业绩)`) read through the shared per-year parser.
  if (meaning.year === null && year)
    Object.assign(meaning, { role: year.status === 'approved' ? 'approved' : year.status, year: year.year });
  return {
    key: columnKey(meaning, leaf),
    ...meaning,
    group,
    label: leaf,
    notes,
    supplied: false,
    moved: false,
    variants: [{ label: group ? `${group}：${leaf}` : leaf, role: meaning.role, qualifier: meaning.qualifier, fromRow }],
  };
}

/**
 * The grid of a table printed with one head row (deliverables, performance measures): a label column
 * unless the first heading is a year's, then one column per printed heading; each row's values are its
 * cells after the label, an empty string where the row prints nothing.
 */
export function simpleGrid(
  head: string[][],
  rows: { cells: string[] }[],
): Pick<Table, 'stub' | 'columns' | 'subheads'> & { values: { label: string | null; values: (string | null)[] }[] } {
  const first = head[0] ?? [];
  const hasStub = first.length > 0 && parseYearColumn(first[0]!) === null;
  const labels = (hasStub ? first.slice(1) : first).map(normalizeHeadText);
  const columns = labels.map((l) => printedColumn(l));
  const values = rows.map((r) => {
    const cells = hasStub ? r.cells.slice(1) : r.cells;
    return { label: hasStub ? (r.cells[0] ?? '') : null, values: columns.map((_, i) => cells[i] ?? '') };
  });
  return { stub: hasStub ? normalizeHeadText(first[0]!) : null, columns, subheads: [], values };
}
