/** Rows of a deliverables table (按类别和次类别列示…应交付产出) as typed records, with subtotal reconciliation. */
import { paragraphCellItems, parseAmount } from '../../../core/text.ts';
import { permalinks } from '../../../core/permalinks.ts';
import type { ProblemLog } from '../../lib/problems.ts';
import type { Deliverable } from '../../../core/schemas/deliverable.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { YearColumn } from '../../../core/schemas/common.ts';
import type { DocumentMeta } from '../types.ts';
import type { RawRow, RawTable } from './raw-table.ts';
import { splitHead } from './tables.ts';
import { parseYearColumn } from './columns.ts';

export interface DeliverablesContext {
  meta: DocumentMeta;
  unit: string;
  tableId: string;
  /** Category titles seen in earlier tables (title → letter), to recognise a category printed without its letter. */
  categories: Map<string, string>;
  log: ProblemLog;
  /** The text ended inside the table: its last subcategory cannot be reconciled. */
  truncated?: boolean;
}

export interface DeliverablesOutput {
  deliverables: Deliverable[];
  discrepancies: Discrepancy[];
  /** Raw rows found and placed, for coverage. */
  found: number;
  placed: number;
}

/** `<p>a</p> <p>b</p>` → ['a', 'b'] without empty items; plain text → [text]. */
export function splitParagraphCells(cell: string): string[] {
  return paragraphCellItems(cell).filter((t, _i, all) => t !== '' || all.length === 1);
}

export function parseDeliverables(raw: RawTable, ctx: DeliverablesContext): DeliverablesOutput {
  const { meta, log } = ctx;
  const { head, body } = splitHead(raw);
  const out: DeliverablesOutput = { deliverables: [], discrepancies: [], found: body.length, placed: 0 };
  const headRow = head[0];
  const columns: YearColumn[] = [];
  for (const label of headRow?.cells.slice(1) ?? []) {
    const c = parseYearColumn(label);
    if (c) columns.push({ year: c.year, status: c.status, label: c.label });
    else
      log.error(
        headRow!.line,
        'deliverables-column',
        `table ${raw.number}: column head "${label}" names no year and status; expected e.g. "2020 年 计划数"`,
      );
  }
  if (!headRow) log.error(raw.line, 'deliverables-head', `table ${raw.number}: no header row; expected "类别和次类别" and year columns`);

  let category = { letter: '', title: '' };
  let subcategory: Deliverable | null = null;
  let items: Deliverable[] = [];
  /** Items are numbered 1, 2, … through the table; a jump is checked against its subcategory's printed total. */
  let lastItem = 0;
  let gap: NumberGap | null = null;
  /** Subcategories closed since the last numbered item: a lost row may have been the last of one of them. */
  let closedSince: ClosedSubcategory[] = [];
  const blankAt = new Map(body.map((r) => [r.line, new Set(r.cells.slice(1).flatMap((c, i) => (c.trim() === '' ? [i] : [])))]));
  const isBlank = (line: number, c: number) => blankAt.get(line)?.has(c) ?? false;
  const reconcile = () => {
    const from = out.discrepancies.length;
    const mismatch = subcategory ? reconcileSubcategory(subcategory, items, ctx, out, gap === null, isBlank) : false;
    const closed: ClosedSubcategory = {
      label: subcategory?.label ?? null,
      confirms: !!subcategory?.values.length && !mismatch,
      recorded: out.discrepancies.slice(from),
    };
    if (gap) reportGap(gap, closed, ctx, out, log, raw.number);
    if (subcategory || items.length > 0) closedSince.push(closed);
    gap = null;
    subcategory = null;
    items = [];
  };

  body.forEach((r, k) => {
    const anchorRow = k + 1;
    const base = {
      document: meta.symbol,
      documentId: meta.documentId,
      table: ctx.tableId,
      unit: ctx.unit,
      line: r.line,
      url: permalinks.tableRow(meta.documentId, raw.number, anchorRow),
    };
    const label = r.cells[0] ?? '';
    const valueCells = r.cells.slice(1);
    const hasValues = valueCells.some((c) => c !== '');
    const cat = /^([A-Z])\.\s*(.+)$/.exec(label);
    if (cat && !hasValues) {
      reconcile();
      category = { letter: cat[1]!, title: cat[2]!.trim() };
      ctx.categories.set(category.title, category.letter);
      out.placed++;
      return;
    }
    if (!category.letter) {
      log.error(
        r.line,
        'deliverable-outside-category',
        `table ${raw.number}: row "${label}" comes before any category line; expected "A. …"`,
      );
      return;
    }
    if (!hasValues) {
      reconcile();
      const entries = splitParagraphCells(label);
      entries.forEach((text, e) => {
        const known = ctx.categories.get(text);
        if (known) {
          log.warning(
            r.line,
            'category-without-letter',
            `table ${raw.number}: "${text}" stands in a text cell without its letter; read as category ${known}`,
          );
          category = { letter: known, title: text };
          return;
        }
        out.deliverables.push({
          ...base,
          id: entries.length > 1 ? `${ctx.tableId}/row-${anchorRow}.${e + 1}` : `${ctx.tableId}/row-${anchorRow}`,
          category: category.letter,
          categoryTitle: category.title,
          subcategory: null,
          kind: 'text',
          itemNumber: null,
          label: text,
          values: [],
        });
      });
      out.placed++;
      return;
    }
    const values = readValues(r, columns, raw.number, log);
    const numbered = /^(\d+)\.\s*(.+)$/.exec(label);
    const isSubcategory = !numbered && /[)）]$/.test(label);
    const record: Deliverable = {
      ...base,
      id: `${ctx.tableId}/row-${anchorRow}`,
      category: category.letter,
      categoryTitle: category.title,
      subcategory: isSubcategory ? label : (subcategory?.label ?? null),
      kind: isSubcategory ? 'subcategory' : 'item',
      itemNumber: numbered ? Number(numbered[1]) : null,
      label: numbered ? numbered[2]!.trim() : label,
      values: values ?? [],
    };
    if (numbered) {
      const n = Number(numbered[1]);
      // The gap may straddle subcategories (a last row lost before the next subcategory, or before the head
      // printed again after a page break): the totals of every subcategory it could belong to must confirm it.
      if (n !== lastItem + 1 && gap === null) gap = { line: r.line, previous: lastItem, printed: n, before: closedSince };
      closedSince = [];
      lastItem = n;
    }
    if (isSubcategory) {
      reconcile();
      subcategory = record;
    } else items.push(record);
    out.deliverables.push(record);
    if (values) out.placed++;
  });
  if (ctx.truncated) {
    subcategory = null;
    items = [];
  }
  reconcile();
  return out;
}

function readValues(r: RawRow, columns: YearColumn[], table: string, log: ProblemLog): Deliverable['values'] | null {
  const cells = r.cells.slice(1);
  while (cells.length > columns.length && cells[cells.length - 1] === '') cells.pop();
  if (cells.length !== columns.length) {
    log.error(
      r.line,
      'deliverables-columns',
      `table ${table}: row "${r.cells[0]}" has ${cells.length} value cells, expected ${columns.length} (${columns.map((c) => c.label).join(' | ')}); values not read`,
    );
    return null;
  }
  const values: Deliverable['values'] = [];
  cells.forEach((cell, c) => {
    const v = parseAmount(cell);
    if (v === undefined)
      log.error(r.line, 'deliverables-value', `table ${table}: cell "${cell}" in column "${columns[c]!.label}" is not a count or "—"`);
    if (cell === '')
      log.warning(
        r.line,
        'empty-cell',
        `table ${table}: row "${r.cells[0]}" has an empty cell in column "${columns[c]!.label}"; read as no value`,
      );
    values.push({ ...columns[c]!, value: v ?? null });
  });
  return values;
}

/** An item number that does not follow the previous one (`3` then `5`). */
interface NumberGap {
  line: number;
  previous: number;
  printed: number;
  /** The subcategories closed between the two items, where the missing number could also stand. */
  before: ClosedSubcategory[];
}

/** A subcategory once its items are read: whether its printed total confirms them, and what it recorded. */
interface ClosedSubcategory {
  /** Null for items under no subcategory line (no printed total). */
  label: string | null;
  confirms: boolean;
  recorded: Discrepancy[];
}

/**
 * A gap in item numbering is damage to the seed (a row lost) unless the printed total of every subcategory the
 * missing row could have belonged to confirms the items printed: then the source itself skips a number,
 * recorded as a source discrepancy. Damage is an error (the parse fails), and no total it upset is published as
 * the source's mistake. A lost row whose cells are all 0 or — upsets no total: the text cannot tell it from a skip.
 */
function reportGap(
  gap: NumberGap,
  current: ClosedSubcategory,
  ctx: DeliverablesContext,
  out: DeliverablesOutput,
  log: ProblemLog,
  table: string,
): void {
  const expected = gap.previous + 1;
  const candidates = [...gap.before, current];
  const labels = candidates.map((c) => (c.label === null ? 'the items under no subcategory line' : `"${c.label}"`));
  if (!candidates.every((c) => c.confirms)) {
    const withdrawn = new Set(gap.before.flatMap((c) => c.recorded));
    out.discrepancies = out.discrepancies.filter((d) => !withdrawn.has(d));
    const where =
      candidates.length > 1
        ? `, which would be the last item of ${labels.slice(0, -1).join(', ')} or the first of ${labels.at(-1)}, and their printed totals do`
        : `, and the printed total of ${labels[0]} does`;
    log.error(
      gap.line,
      'deliverable-number-gap',
      `table ${table}: item ${gap.printed} follows item ${gap.previous}; expected item ${expected}${where} not confirm the items printed: a row missing from the seed?`,
    );
    return;
  }
  const totals =
    candidates.length > 1
      ? `the printed totals of ${labels.join(' and ')} equal their items`
      : `the printed total of ${labels[0]} equals its items`;
  out.discrepancies.push({
    id: `${ctx.meta.documentId}/numbering/${gap.line}`,
    document: ctx.meta.symbol,
    documentId: ctx.meta.documentId,
    kind: 'numbering',
    table: ctx.tableId,
    line: gap.line,
    description: `Deliverable item ${gap.printed} follows item ${gap.previous}: the source skips number ${expected} (${totals})`,
    printed: String(gap.printed),
    computed: String(expected),
  });
}

/**
 * A subcategory line should equal the sum of its items in every column; a mismatch is the source's, kept as
 * printed (recorded only when `record`). Where an item leaves the cell blank and the items printed fall short
 * of the subcategory, the fault is the blank cell, not the total: reported as such, on the item's row.
 * Returns whether the items and the printed total disagree.
 */
function reconcileSubcategory(
  sub: Deliverable,
  items: Deliverable[],
  ctx: DeliverablesContext,
  out: DeliverablesOutput,
  record: boolean,
  blankAt: (line: number, c: number) => boolean,
): boolean {
  // An unreadable row (already an error) would make a false mismatch.
  if (sub.values.length === 0 || items.some((it) => it.values.length === 0)) return false;
  const wrong: { c: number; printed: string; computed: string }[] = [];
  const blankCells: Discrepancy[] = [];
  sub.values.forEach((col, c) => {
    const sum = items.reduce((s, it) => s + (it.values[c]?.value ?? 0), 0);
    const shown = col.value ?? 0;
    if (Math.abs(sum - shown) <= 1e-9) return;
    const blanks = items.filter((it) => blankAt(it.line, c));
    if (blanks.length > 0 && shown > sum) {
      for (const it of blanks) blankCells.push(blankCell(it, sub, c, shown, sum, ctx));
      return;
    }
    wrong.push({ c, printed: col.value === null ? '—' : String(col.value), computed: String(sum) });
  });
  if (wrong.length === 0 && blankCells.length === 0) return false;
  if (!record) return true;
  out.discrepancies.push(...blankCells);
  if (wrong.length === 0) return true;
  const label = (c: number) => sub.values[c]!.label;
  out.discrepancies.push({
    id: `${ctx.meta.documentId}/total/${sub.line}`,
    document: ctx.meta.symbol,
    documentId: ctx.meta.documentId,
    kind: 'total',
    table: ctx.tableId,
    line: sub.line,
    description: `Subcategory "${sub.label}" does not equal the sum of its ${items.length} item(s) in ${wrong.length} column(s)`,
    printed: wrong.map((w) => `${label(w.c)}: ${w.printed}`).join('; '),
    computed: wrong.map((w) => `${label(w.c)}: ${w.computed}`).join('; '),
    cells: wrong.map((w) => ({ column: w.c, printed: w.printed, computed: w.computed })),
    check: 'sum',
  });
  return true;
}

/** An item's blank cell in a column whose subcategory prints more than the items printed add up to. */
function blankCell(item: Deliverable, sub: Deliverable, c: number, shown: number, sum: number, ctx: DeliverablesContext): Discrepancy {
  const column = sub.values[c]!.label;
  return {
    id: `${ctx.meta.documentId}/blank/${item.line}`,
    document: ctx.meta.symbol,
    documentId: ctx.meta.documentId,
    kind: 'blank-cell',
    table: ctx.tableId,
    line: item.line,
    description: `Item "${item.label}" prints no figure under "${column}"; its subcategory "${sub.label}" prints ${shown} where the items printed add up to ${sum}`,
    printed: '',
    computed: String(shown - sum),
    cells: [{ column: c, printed: '', computed: null }],
    check: 'blank',
    against: { table: ctx.tableId, row: sub.label },
  };
}
