/** Tables: the as-printed record for all, then a typed reading by role (measures, deliverables, resources). */
import type { Table } from '../../../../core/schemas/table.ts';
import { splitHead, tableRecord, type TableRole } from '../tables.ts';
import { parseDeliverables } from '../deliverables.ts';
import { measureFromTable } from '../measures.ts';
import { parseResourceTable } from '../resources.ts';
import { reconcileAcrossTables } from '../resources-cross.ts';
import type { TableCut } from '../walk/context.ts';
import type { ComposeContext } from './context.ts';

/** Counts for the coverage report. */
export interface TableTally {
  rows: number;
  rowsPlaced: number;
  deliverableRows: { found: number; placed: number };
  resourceChecks: { checked: number; mismatched: number };
  deliverableTotals: number;
  deliverableMismatches: number;
}

/** The UN's five deliverable categories (fixed across fascicles); tables seen earlier may add their own spelling. */
const standardCategories = () =>
  new Map<string, string>([
    ['协助政府间进程和专家机构', 'A'],
    ['生成和转让知识', 'B'],
    ['实质性应交付产出', 'C'],
    ['信息传播方面的应交付产出', 'D'],
    ['辅助性应交付产出', 'E'],
  ]);

function roleOf(t: TableCut): TableRole {
  const caption = t.cut.raw.caption.join(' ');
  return t.part === 'resources'
    ? 'resources'
    : /业绩计量|业绩衡量/.test(caption)
      ? 'performance-measure'
      : /应交付产出/.test(caption)
        ? 'deliverables'
        : 'other';
}

export function composeTables(c: ComposeContext): TableTally {
  const { records, log, meta } = c;
  const tally: TableTally = {
    rows: 0,
    rowsPlaced: 0,
    deliverableRows: { found: 0, placed: 0 },
    resourceChecks: { checked: 0, mismatched: 0 },
    deliverableTotals: 0,
    deliverableMismatches: 0,
  };
  const categories = standardCategories();
  for (const t of c.walk.tables) {
    const role = roleOf(t);
    const table = tableRecord(t.cut.raw, role, meta);
    if (records.tables.some((x) => x.id === table.id))
      log.error(table.line, 'duplicate-table', `table ${table.number} appears twice; expected each number once`);
    records.tables.push(table);
    tally.rows += t.cut.raw.rows.length;
    const split = splitHead(t.cut.raw);
    tally.rowsPlaced += split.head.length + split.body.length + split.repeated.length;
    if (t.cut.raw.rows.length === 0)
      log.error(table.line, 'empty-table', `table ${table.number} has no rows; expected tab-separated rows under its caption`);
    if (role === 'performance-measure') readMeasure(c, t, table);
    else if (role === 'deliverables') readDeliverables(c, t, table, categories, tally);
    else if (role === 'resources') readResources(c, t, table, tally);
  }
  checkTableNumbering(records.tables, c);
  // Resource tables must agree with each other too (a subprogramme's table with its row in the overview tables).
  const cross = reconcileAcrossTables(records.resourceTables, meta);
  records.discrepancies.push(...cross.discrepancies);
  tally.resourceChecks = {
    checked: tally.resourceChecks.checked + cross.checks,
    mismatched: tally.resourceChecks.mismatched + cross.discrepancies.length,
  };
  tally.deliverableTotals = records.deliverables.filter((d) => d.kind === 'subcategory').length;
  tally.deliverableMismatches = records.discrepancies.filter(
    (d) => d.kind === 'total' && records.deliverables.some((x) => x.table === d.table),
  ).length;
  return tally;
}

function readMeasure({ records, log, meta }: ComposeContext, t: TableCut, table: Table): void {
  if (!t.result) {
    log.warning(table.line, 'measure-without-result', `performance-measure table ${table.number} stands under no result`);
    return;
  }
  const m = measureFromTable(table, t.result.record.id, meta, log);
  records.performanceMeasures.push(m);
  t.result.record.measures.push(m.id);
}

function readDeliverables(
  { records, log, meta }: ComposeContext,
  t: TableCut,
  table: Table,
  categories: Map<string, string>,
  tally: TableTally,
): void {
  if (t.unitRecord) t.unitRecord.deliverablesTable = table.id;
  const d = parseDeliverables(t.cut.raw, { meta, unit: t.unit, tableId: table.id, categories, log, truncated: t.cut.truncated });
  records.deliverables.push(...d.deliverables);
  records.discrepancies.push(...d.discrepancies);
  tally.deliverableRows = { found: tally.deliverableRows.found + d.found, placed: tally.deliverableRows.placed + d.placed };
}

function readResources({ records, log, meta }: ComposeContext, t: TableCut, table: Table, tally: TableTally): void {
  if (t.unitRecord && t.unit !== 'programme') t.unitRecord.resourceTables.push(table.id);
  const r = parseResourceTable(t.cut.raw, { meta, unit: t.unit, tableId: table.id, url: table.url, tableRows: table.rows });
  // Drawn from the resource parser's columns, not from the printed head lines.
  Object.assign(table, { stub: r.grid.stub, columns: r.grid.columns, subheads: r.grid.subheads });
  table.rows = table.rows.map((row, k) => ({ ...row, ...r.grid.rows[k]! }));
  if (r.table) records.resourceTables.push(r.table);
  records.discrepancies.push(...r.discrepancies);
  tally.resourceChecks = {
    checked: tally.resourceChecks.checked + r.checks,
    mismatched: tally.resourceChecks.mismatched + r.discrepancies.length,
  };
  log.problems.push(...r.problems);
}

/**
 * Tables are numbered `<section>.1`, `.2`… without gaps (the genre's rule). A number that breaks the sequence
 * while the next table resumes it is the source's misprint (a warning and a numbering discrepancy, number kept as
 * printed); a jump the next table continues is tables lost from the seed: an error naming the line.
 */
function checkTableNumbering(tables: Table[], { log, meta, page, records }: ComposeContext): void {
  const minor = (t: Table | undefined) => (t && /^\d+[A-Z]?\.\d+$/.test(t.number) ? Number(t.number.split('.')[1]) : null);
  // An excerpt (no title page) may start at any table: its first one sets the sequence.
  let expected = page.section === null ? (minor(tables[0]) ?? 1) : 1;
  tables.forEach((t, i) => {
    const n = minor(t);
    if (n === null) return;
    const major = t.number.split('.')[0]!;
    if (n !== expected) {
      const next = tables[i + 1];
      if (next && minor(next) === expected + 1) {
        log.warning(
          t.line,
          'table-number-misprinted',
          `table printed "${t.number}" stands where ${major}.${expected} is expected; kept as printed`,
        );
        records.discrepancies.push({
          id: `${meta.documentId}/numbering/${t.line}`,
          document: meta.symbol,
          documentId: meta.documentId,
          kind: 'numbering',
          table: t.id,
          line: t.line,
          description: `Table ${t.number} stands where the sequence gives ${major}.${expected}`,
          printed: `表 ${t.number}`,
          computed: `表 ${major}.${expected}`,
        });
      } else {
        const back = n < expected;
        log.error(
          t.line,
          back ? 'table-sequence' : 'table-number-gap',
          `table ${t.number} ${back ? 'repeats or goes back' : `follows ${major}.${expected - 1}`}; expected table ${major}.${expected}, and ${next ? 'the next table does not resume the sequence' : 'no table follows to confirm a misprint'}: tables ${back ? 'doubled or out of order in' : 'missing from'} the seed?`,
        );
        expected = n + 1;
        return;
      }
    }
    expected += 1;
  });
}
