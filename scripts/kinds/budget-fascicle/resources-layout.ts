/**
 * Deciding which columns a block of body rows prints, from its head and from the rows themselves, and
 * merging the blocks of one table (parts, heads repeated after page breaks) into one column list.
 */
import type { ProblemLog } from '../../lib/problems.ts';
import { parseAmount } from '../../../core/text.ts';
import { flattenHead, genreOrder, withPercent, type HeadColumn } from './resources-header.ts';

/** Head rows printed together, and the body rows under them up to the next head or part. */
export interface Block {
  headRows: { cells: string[]; line: number }[];
  /** Part the block is in (`(1) 经常预算`), null if none. */
  part: string | null;
  /** True when the head repeats a head of the same part after body rows (a page break). */
  repeat: boolean;
  body: { cells: string[]; line: number }[];
}

/** Value cells of a row: everything after the label, trailing empty cells dropped (the source trims them). */
export function valueCells(cells: string[]): string[] {
  const v = cells.slice(1);
  while (v.length > 0 && v[v.length - 1] === '') v.pop();
  return v;
}

/** A row that prints a number or a dash: its cell count must fit the layout exactly. */
export function hasNumbers(cells: string[]): boolean {
  return cells.slice(1).some((c) => c !== '' && parseAmount(c) !== undefined);
}

const labels = (cols: HeadColumn[]) => cols.map((c) => c.label).join(' | ');

/**
 * Chooses the columns of a block: the head in the genre's order if the rows print that many values;
 * else, for a repeated head, the columns of the head it repeats; else the head with the empty positions
 * inside a printed span (an unlabelled cell under 变动) when the rows print values there; else the head
 * plus the 百分比 column it left out. Every departure from the printed head is a warning naming the head line.
 */
export function chooseLayout(block: Block, previous: HeadColumn[] | null, log: ProblemLog): HeadColumn[] {
  const headLine = block.headRows[0]!.line;
  const printed = flattenHead(block.headRows.map((r) => r.cells));
  const ordered = genreOrder(printed);
  const widths = block.body.filter((r) => hasNumbers(r.cells)).map((r) => valueCells(r.cells).length);
  const width = mostCommon(widths);
  if (width === null || width === ordered.length) {
    if (ordered.some((c, i) => c !== printed[i])) {
      log.warning(
        headLine,
        'resource-head-order',
        `head prints its columns as [${labels(printed)}]; rows read in the genre's order [${labels(ordered)}], which the estimate and percentage checks test`,
      );
    }
    return ordered;
  }
  if (block.repeat && previous && previous.length === width) {
    log.warning(
      headLine,
      'resource-head-repeat',
      `head repeated after a page break has ${ordered.length} value columns [${labels(ordered)}] but its rows have ${width}; kept the columns of the part's first head [${labels(previous)}]`,
    );
    return previous;
  }
  const spanned = genreOrder(
    flattenHead(
      block.headRows.map((r) => r.cells),
      true,
    ),
  );
  if (spanned.length > ordered.length && spanned.length === width) {
    const extra = spanned.filter((c) => !ordered.includes(c) && !ordered.some((o) => o.key === c.key));
    log.warning(
      headLine,
      'resource-head-unlabelled',
      `head prints no label of its own over ${extra.map((c) => `value column ${c.position} (under ${c.label})`).join(', ')}, but its rows print a value there: kept as a column labelled with the head cell spanning it`,
    );
    return spanned;
  }
  const completed = withPercent(ordered);
  if (completed && completed.length === width) {
    log.warning(
      headLine,
      'resource-head-percent',
      `head has ${ordered.length} value columns [${labels(ordered)}] and no 百分比, but its rows have ${width} values: 百分比 taken after the change total, as the genre prints it`,
    );
    return completed;
  }
  log.error(
    headLine,
    'resource-head-width',
    `head has ${ordered.length} value columns [${labels(ordered)}] but most rows under it have ${width} value cells; expected a head whose columns match the rows`,
  );
  return ordered;
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

/** The table's column list: every block's columns, one per key, in the genre's order (zone, change rank, first seen). */
export function mergeColumns(layouts: HeadColumn[][]): HeadColumn[] {
  const seen = new Map<string, HeadColumn>();
  for (const layout of layouts) for (const c of layout) if (!seen.has(c.key)) seen.set(c.key, c);
  return genreOrder([...seen.values()]);
}
