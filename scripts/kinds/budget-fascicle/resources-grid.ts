/**
 * The column model of a resource table for drawing it: one column per meaning (the 2021 figure, the
 * technical adjustment, the percentage …) however many heads print it and under whatever wording, each
 * row's printed cells placed under the column the parser read them as. The printed head lines are not
 * trusted for position: the conversion shifts them (表 16.44 prints "2022 年估计数" over the percentages
 * and no 百分比 at all) and some print them in another order (表 16.30).
 */
import type { TableColumn } from '../../../core/schemas/table-column.ts';
import type { Table } from '../../../core/schemas/table.ts';
import { genreOrder, normalizeHeadText, type HeadColumn } from './resources-header.ts';
import { valueCells, type Block } from './resources-layout.ts';
import { columnKey, columnMeaning, splitHeading } from './table-columns.ts';

const squash = (s?: string | null) => (s ?? '').replace(/\s+/g, '');

export interface ResourceGrid {
  stub: string;
  columns: TableColumn[];
  subheads: Table['subheads'];
  /** Per table row (same order as the table record's rows): label and values by column. */
  rows: { label: string | null; values: (string | null)[] }[];
}

/** What a head column stands for across the table's heads: year and side of the change, kind of change, or heading. */
export function slotOf(c: HeadColumn): string {
  if (c.role === 'year') return `year:${/(\d{4})/.exec(c.label)?.[1]}:${c.zone}`;
  if (c.role === 'plain') return c.supplied ? `unlabelled:${c.label}:${c.zone}` : `plain:${c.key}`;
  return c.role;
}

/** Columns of a layout whose printed heading stands elsewhere relative to the others than their values do. */
function movedIn(layout: HeadColumn[]): Set<HeadColumn> {
  const printed = layout.filter((c) => !c.supplied);
  const moved = new Set<HeadColumn>();
  printed.forEach((a, i) =>
    printed.forEach((b, j) => {
      if (i < j && a.position > b.position) {
        moved.add(a);
        moved.add(b);
      }
    }),
  );
  return moved;
}

/** The meaning of a head column, read from its heading; a heading taken from a span (`变动`) is an unlabelled change. */
export function meaningOf(c: HeadColumn) {
  if (c.supplied && c.role === 'plain') {
    return c.label.replace(/\s+/g, '') === '变动'
      ? { role: 'change' as const, year: null, change: 'unlabelled' as const, qualifier: null }
      : { role: 'text' as const, year: null, change: null, qualifier: null };
  }
  return columnMeaning(c.label);
}

export function resourceGrid(blocks: Block[], layouts: HeadColumn[][], rows: Table['rows']): ResourceGrid {
  const firstRowAfter = (line: number) => {
    const i = rows.findIndex((r) => r.line > line);
    return i < 0 ? rows.length : i;
  };
  // One representative per slot, in the genre's order.
  const reps = new Map<string, HeadColumn>();
  for (const layout of layouts) for (const c of layout) if (!reps.has(slotOf(c))) reps.set(slotOf(c), c);
  const order = genreOrder([...reps.values()]).map(slotOf);
  const at = new Map(order.map((s, i) => [s, i]));

  const columns: TableColumn[] = order.map((slot) => {
    const printedAs = layouts.flatMap((layout, b) => {
      const c = layout.find((x) => slotOf(x) === slot);
      const body = blocks[b]!.body[0];
      return c && !c.supplied ? [{ c, fromRow: body ? firstRowAfter(body.line - 1) : rows.length }] : [];
    });
    const first = printedAs[0]?.c ?? reps.get(slot)!;
    const meaning = meaningOf(first);
    const { group, leaf, notes } = splitHeading(first.supplied && meaning.change === 'unlabelled' ? `${first.label}：` : first.label);
    const variants = printedAs
      .map(({ c, fromRow }) => ({
        label: c.label,
        role: columnMeaning(c.label).role,
        qualifier: columnMeaning(c.label).qualifier,
        fromRow,
      }))
      .filter((v, i, all) => i === 0 || squash(all[i - 1]!.label) !== squash(v.label));
    return {
      key: columnKey(meaning, leaf),
      ...meaning,
      group,
      label: leaf,
      notes,
      supplied: printedAs.length === 0,
      moved: layouts.some((layout) => [...movedIn(layout)].some((c) => slotOf(c) === slot)),
      variants,
    };
  });
  dedupeKeys(columns);

  // Each table row's cells under the columns of the block it is printed in.
  const blockOfLine = new Map<number, number>();
  blocks.forEach((block, b) => block.body.forEach((r) => blockOfLine.set(r.line, b)));
  const gridRows = rows.map((row) => {
    const values: (string | null)[] = columns.map(() => null);
    const b = blockOfLine.get(row.line);
    if (b === undefined) return { label: row.cells[0] ?? '', values };
    const layout = layouts[b]!;
    const cells = valueCells(row.cells);
    layout.forEach((c, j) => {
      values[at.get(slotOf(c))!] = cells[j] ?? '';
    });
    // A row that does not fit its head (an error the parser reports) keeps its extra cells visible.
    if (cells.length > layout.length) values.push(...cells.slice(layout.length));
    return { label: row.cells[0] ?? '', values };
  });

  return {
    stub: normalizeHeadText(blocks[0]?.headRows[0]?.cells[0] ?? ''),
    columns,
    subheads: subheads(blocks, layouts, columns, at, firstRowAfter),
    rows: gridRows,
  };
}

/** Keys must be unique within a table: a second column of the same meaning gets its position appended. */
function dedupeKeys(columns: TableColumn[]): void {
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (seen.has(c.key)) c.key = `${c.key}-${i + 1}`;
    seen.add(c.key);
  });
}

/** Heads printed inside the table whose columns or wording differ from the first head's. */
function subheads(
  blocks: Block[],
  layouts: HeadColumn[][],
  columns: TableColumn[],
  at: Map<string, number>,
  firstRowAfter: (line: number) => number,
): Table['subheads'] {
  const labelsOf = (layout: HeadColumn[]) => {
    const labels: (string | null)[] = columns.map(() => null);
    for (const c of layout) if (!c.supplied) labels[at.get(slotOf(c))!] = splitHeading(c.label).leaf;
    return labels;
  };
  const top = labelsOf(layouts[0] ?? []);
  const out: Table['subheads'] = [];
  let previous = top;
  blocks.forEach((block, b) => {
    if (b === 0 || block.headRows.length === 0) return;
    const labels = labelsOf(layouts[b]!);
    // A head repeated after a page break (spacing aside) is not shown again.
    const same = labels.every((l, i) => squash(l) === squash(previous[i]));
    previous = labels;
    if (same) return;
    out.push({ beforeRow: firstRowAfter(block.headRows[block.headRows.length - 1]!.line), labels, line: block.headRows[0]!.line });
  });
  return out;
}
