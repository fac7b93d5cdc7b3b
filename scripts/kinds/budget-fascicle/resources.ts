/**
 * A Part B resource table (`表 16.N` under `B. 2022 年拟议所需员额资源和非员额资源`) as numbers:
 * columns flattened from the printed head and checked against the body rows, rows placed in parts
 * and groups, and every printed subtotal, total, change and percentage reconciled.
 */
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Problem } from '../../../core/schemas/problem.ts';
import { resourceTableSchema, type ResourceTable } from '../../../core/schemas/resource-table.ts';
import { ProblemLog } from '../../lib/problems.ts';
import { joinBroken, parseAmount, stripMarkup } from '../../../core/text.ts';
import type { DocumentMeta } from '../types.ts';
import type { RawTable } from './raw-table.ts';
import { genreOrder, isHeadRow, type HeadColumn } from './resources-header.ts';
import { chooseLayout, hasNumbers, mergeColumns, valueCells, type Block } from './resources-layout.ts';
import { reconcile, type ReconcileRow } from './resources-reconcile.ts';
import { meaningOf, resourceGrid, slotOf, type ResourceGrid } from './resources-grid.ts';
import { columnKey, splitHeading } from './table-columns.ts';
import { resourceSubject } from './resources-subject.ts';
import type { Table } from '../../../core/schemas/table.ts';
import { analyseStructure, type RowKind } from './resources-structure.ts';

export interface ResourceTableContext {
  meta: DocumentMeta;
  /** Planning unit the table belongs to (`programme`, `1`, `9.1`). */
  unit: string;
  /** Id of the table record (`<documentId>/table-16.33`). */
  tableId: string;
  url: string;
  /** Rows of the as-printed table record, to place under the column model (`grid`). */
  tableRows?: Table['rows'];
}

export interface ResourceTableResult {
  table: ResourceTable | null;
  discrepancies: Discrepancy[];
  problems: Problem[];
  /** Reconciliation checks made (each printed figure compared with what it is computed from). */
  checks: number;
  /** The column model the table is drawn from, with the table record's rows placed under it. */
  grid: ResourceGrid;
}

/** `(1) 经常预算`: a part of the table, alone on its line. */
const PART_LABEL = /^\(\d+\)\s*\S/;
/** Running page headers (`第 16 款 …`, `第四编 …`) that the cutter should have removed. */
const PAGE_HEADER = /^第\s*[\d一二三四五六七八九十]+\s*[款编](\s|$)/;
const SUBTOTAL = /^小计/;
const TOTAL = /^(共计|总计)/;
const PART_SUBTOTAL = /^小计\s*[,，]?\s*\((\d+)\)/;

interface Row extends ReconcileRow {
  part: string | null;
  block: number;
}

export function parseResourceTable(raw: RawTable, ctx: ResourceTableContext): ResourceTableResult {
  const log = new ProblemLog(ctx.meta.file);
  const blocks = cutBlocks(raw, log);

  // Columns of each block, then of the whole table.
  const layouts: HeadColumn[][] = [];
  blocks.forEach((block, i) => {
    const previous = i > 0 && blocks[i - 1]!.part === block.part ? layouts[i - 1]! : null;
    // A part printing no head of its own reads its rows with the head above it.
    const layout = block.headRows.length > 0 ? chooseLayout(block, previous, log) : (layouts[i - 1] ?? []);
    if (block.repeat && previous && layout.map((c) => c.key).join() !== previous.map((c) => c.key).join()) {
      const list = (cols: HeadColumn[]) => cols.map((c) => c.label).join(' | ');
      log.warning(
        block.headRows[0]!.line,
        'resource-head-changed',
        `head printed again inside the table with other columns [${list(layout)}] than the head above [${list(previous)}]; the rows under it follow it`,
      );
    }
    layouts.push(layout);
  });
  const columns = mergeColumns(layouts);
  const indexOf = new Map(columns.map((c, i) => [c.key, i]));

  const rows = placeRows(blocks, layouts, columns, indexOf, log);
  if (rows.length === 0)
    log.error(raw.line, 'resource-no-rows', `table ${raw.number} has no body rows; expected rows of figures under its head`);

  const { groups, sums } = analyseStructure(rows, log);
  const { discrepancies, checks } = reconcile({
    meta: ctx.meta,
    tableId: ctx.tableId,
    columns,
    rows,
    sums,
    money: /美元/.test(raw.unitOfMeasure ?? '') && !/员额/.test(raw.unitOfMeasure ?? ''),
    canonical: columnTypes(columns).map((c) => c.canonical),
  });

  discrepancies.push(...checkRowNumbering(rows, raw.number, discrepancies.length > 0, ctx, log));
  const placed = rows.map((r, i) => ({ r, group: groups[i] ?? null })).filter((x) => x.r.placed);
  const candidate: ResourceTable = {
    id: ctx.tableId,
    document: ctx.meta.symbol,
    documentId: ctx.meta.documentId,
    number: raw.number,
    title: raw.caption.map(stripMarkup).reduce(joinBroken, ''),
    unitOfMeasure: raw.unitOfMeasure,
    subject: resourceSubject(raw.caption.map(stripMarkup).reduce(joinBroken, '')),
    unit: ctx.unit,
    columns: columns.map((c) => c.label),
    columnTypes: columnTypes(columns),
    ...columnSets(
      placed.map((x) => x.r),
      layouts,
      indexOf,
      columns.length,
    ),
    rows: placed.map(({ r, group }) => ({
      part: r.part,
      group,
      label: r.label,
      kind: r.kind,
      values: r.values,
      texts: r.texts,
      line: r.line,
    })),
    notes: raw.notes.map((n) => stripMarkup(n.text)),
    line: raw.line,
    url: ctx.url,
  };
  const valid = resourceTableSchema.safeParse(candidate);
  if (!valid.success) {
    log.error(raw.line, 'resource-table-invalid', `table ${raw.number} does not fit the resource-table schema: ${valid.error.message}`);
  }
  const grid = resourceGrid(blocks, layouts, ctx.tableRows ?? []);
  return { table: valid.success ? valid.data : null, discrepancies, problems: log.problems, checks, grid };
}

/** Splits the rows into blocks (a head and the rows under it), noting parts and dropping stray page headers. */
function cutBlocks(raw: RawTable, log: ProblemLog): Block[] {
  const blocks: Block[] = [];
  let part: string | null = null;
  let bodySeenInPart = false;
  for (const { cells: rawCells, line } of raw.rows) {
    const cells = rawCells.map((c) => c.trim());
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    if (filled.length === 1 && cells[0] !== '' && PAGE_HEADER.test(cells[0]!)) {
      log.warning(line, 'resource-page-header', `running page header "${cells[0]}" inside table ${raw.number}; left out of the table`);
      continue;
    }
    if (filled.length === 1 && PART_LABEL.test(cells[0]!)) {
      part = stripMarkup(cells[0]!);
      bodySeenInPart = false;
      continue;
    }
    const current = blocks[blocks.length - 1];
    if (isHeadRow(cells)) {
      if (current && current.part === part && current.body.length === 0 && current.headRows.length > 0)
        current.headRows.push({ cells, line });
      else blocks.push({ headRows: [{ cells, line }], part, repeat: bodySeenInPart, body: [] });
      continue;
    }
    if (!current) {
      log.error(
        line,
        'resource-no-head',
        `row "${cells[0]}" comes before any column head of table ${raw.number}; expected the head rows first`,
      );
      blocks.push({ headRows: [], part, repeat: false, body: [{ cells, line }] });
    } else if (current.part !== part) {
      // A part that prints no head of its own uses the columns of the head above it.
      blocks.push({ headRows: [], part, repeat: false, body: [{ cells, line }] });
    } else {
      current.body.push({ cells, line });
    }
    bodySeenInPart = true;
  }
  return blocks;
}

/** Puts each body row's cells into the table's columns; text that continues a row over a page break joins it. */
function placeRows(blocks: Block[], layouts: HeadColumn[][], columns: HeadColumn[], indexOf: Map<string, number>, log: ProblemLog): Row[] {
  const rows: Row[] = [];
  blocks.forEach((block, b) => {
    const layout = layouts[b]!;
    const printedColumns = layout.map((c) => indexOf.get(c.key)!);
    let partClosed = false;
    for (const { cells, line } of block.body) {
      const label = stripMarkup(cells[0] ?? '');
      const cellsOut = valueCells(cells);
      const numeric = hasNumbers(cells);
      const fits = cellsOut.length === layout.length || (cellsOut.length < layout.length && !numeric);
      const values: (number | null)[] = columns.map(() => null);
      const texts: (string | null)[] = columns.map(() => null);
      const printed: string[] = columns.map(() => '');
      if (fits) {
        layout.forEach((col, j) => {
          const cell = cellsOut[j] ?? '';
          const at = indexOf.get(col.key)!;
          const amount = parseAmount(cell);
          if (amount === undefined) texts[at] = stripMarkup(cell);
          else values[at] = amount;
          printed[at] = cell;
        });
      } else {
        log.error(
          line,
          'resource-row-cells',
          `row "${label}" has ${cellsOut.length} value cells; expected ${layout.length} (${layout.map((c) => c.label).join(' | ')})`,
        );
      }
      const previous = rows[rows.length - 1];
      if (label === '' && fits && !numeric && previous && previous.placed) {
        texts.forEach((t, i) => {
          if (t === null) return;
          // A cell printed as closed paragraphs (`<p>…</p>`) ended its last paragraph: the continuation is a new one.
          const closed = /<\/p>\s*$/i.test(previous.printed[i] ?? '');
          previous.texts[i] = closed && previous.texts[i] ? `${previous.texts[i]}\n${t}` : joinBroken(previous.texts[i] ?? '', t);
        });
        log.warning(
          line,
          'resource-row-continued',
          `row without a label continues the text of "${previous.label}" (line ${previous.line}) after a page break; joined to it`,
        );
        continue;
      }
      if (label === '') {
        log.error(line, 'resource-row-label', 'row has figures but no label; expected a label in its first cell');
      }
      // A dash is a printed nil: only a row with no cell printed at all is a heading.
      const hasContent = cellsOut.some((c) => c !== '');
      const kind: RowKind = SUBTOTAL.test(label) ? 'subtotal' : TOTAL.test(label) ? 'total' : hasContent || !fits ? 'item' : 'heading';
      const partNo = /^\((\d+)\)/.exec(block.part ?? '')?.[1];
      const part = kind === 'total' && partClosed ? null : block.part;
      if (kind === 'subtotal' && partNo !== undefined && PART_SUBTOTAL.exec(label)?.[1] === partNo) partClosed = true;
      rows.push({ label, kind, line, values, texts, printed, columns: printedColumns, placed: fits && label !== '', part, block: b });
    }
  });
  return rows;
}

/** Column sets per block, when blocks print different columns (see the schema); nothing when all print all. */
function columnSets(
  rows: Row[],
  layouts: HeadColumn[][],
  indexOf: Map<string, number>,
  width: number,
): { columnSets?: NonNullable<ResourceTable['columnSets']> } {
  const sets: NonNullable<ResourceTable['columnSets']> = [];
  rows.forEach((row, i) => {
    const cols = layouts[row.block]!.map((c) => indexOf.get(c.key)!).sort((a, b) => a - b);
    const last = sets[sets.length - 1];
    if (!last || last.columns.join() !== cols.join()) sets.push({ fromRow: i, columns: cols });
  });
  if (sets.every((s) => s.columns.length === width)) return {};
  return { columnSets: sets };
}

/** The typed meaning of each printed column, keys unique, and the one drawn column (slot) it is a wording of. */
function columnTypes(columns: HeadColumn[]): ResourceTable['columnTypes'] {
  const seen = new Map<string, number>();
  const slots: string[] = [];
  for (const c of columns) if (!slots.includes(slotOf(c))) slots.push(slotOf(c));
  const order = genreOrder(slots.map((s) => columns.find((c) => slotOf(c) === s)!)).map(slotOf);
  return columns.map((c) => {
    const m = meaningOf(c);
    const base = columnKey(m, splitHeading(c.label).leaf);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}-${n}`, ...m, canonical: order.indexOf(slotOf(c)) };
  });
}

/**
 * Numbered rows (`1. 打击跨国组织犯罪`, …) run 1, 2, 3… within each part of the table. A gap is a row lost from
 * the seed (an error) unless the printed totals all agree with the rows printed: then the source itself skips a
 * number, recorded as a source discrepancy. A lost row is never published as the source's mistake.
 */
function checkRowNumbering(rows: Row[], table: string, totalsDisagree: boolean, ctx: ResourceTableContext, log: ProblemLog): Discrepancy[] {
  const out: Discrepancy[] = [];
  const last = new Map<string | null, number>();
  for (const r of rows) {
    const m = /^(\d{1,2})\.\s/.exec(r.label);
    if (!m) continue;
    const n = Number(m[1]);
    const previous = last.get(r.part);
    last.set(r.part, n);
    if (n === 1 || previous === undefined || n === previous + 1) continue;
    const where = `table ${table}${r.part ? `, part ${r.part}` : ''}: row ${n} follows row ${previous}; expected row ${previous + 1}`;
    if (totalsDisagree || n <= previous) {
      log.error(
        r.line,
        'resource-row-number-gap',
        `${where}, and the printed totals do not confirm the rows printed: a row missing from the seed?`,
      );
      continue;
    }
    out.push({
      id: `${ctx.meta.documentId}/numbering/${r.line}`,
      document: ctx.meta.symbol,
      documentId: ctx.meta.documentId,
      kind: 'numbering',
      table: ctx.tableId,
      line: r.line,
      description: `Row ${n} of table ${table} follows row ${previous}: the source skips number ${previous + 1} (the printed totals equal the rows printed)`,
      printed: String(n),
      computed: String(previous + 1),
    });
  }
  return out;
}
