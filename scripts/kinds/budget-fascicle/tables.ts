/** Cutting `表 N.M` tables out of the text into RawTables, and the generic as-printed table record. */
import type { SourceLine } from '../../lib/source.ts';
import { paragraphCellItems, parseAmount, parseFootnoteLine } from '../../../core/text.ts';
import { permalinks } from '../../../core/permalinks.ts';
import type { Table } from '../../../core/schemas/table.ts';
import type { DocumentMeta } from '../types.ts';
import { splitCells, type RawRow, type RawTable } from './raw-table.ts';
import { simpleGrid } from './table-columns.ts';
import { classifyHeading, type Contents } from './headings.ts';
import { cleanText, isBlank, isPageHeader, isRuleLine, parseNoteLine, parseParagraphStart, type TitlePage } from './lines.ts';

export const TABLE_START = /^表\s*(\d+[A-Z]?\.\d+)$/;
export const FIGURE_START = /^图\s*(\d+[A-Z]?)\.(\S+)$/;

export interface CutTable {
  raw: RawTable;
  /** Index (into the lines array) of the last line that belongs to the table. */
  end: number;
  /** Source lines consumed: rows, captions, notes, page headers, rules. */
  placed: number[];
  /** Page-foot footnotes met inside the table: the document shows them after it. */
  footnotes: { mark: string; text: string; line: number }[];
  /** True when the text ended inside the table. */
  truncated: boolean;
}

const isUnitLine = (t: string) => /^\(([^()]{1,30})\)$/.test(t);
const isPartLabel = (t: string) => /^\(\d+\)\s*\S/.test(t);

/** Does this line end the table (a heading, paragraph, other table or figure)? */
function endsTable(t: string, contents: Contents): boolean {
  if (TABLE_START.test(t) || FIGURE_START.test(t)) return true;
  if (parseParagraphStart(t)) return true;
  const h = classifyHeading(t, contents);
  return h !== null && h[0]!.kind !== 'result-section';
}

/** Cuts the table whose number stands at `lines[start]`. */
export function cutTable(lines: SourceLine[], start: number, page: TitlePage, contents: Contents): CutTable {
  const numberLine = lines[start]!;
  const number = TABLE_START.exec(cleanText(numberLine.text))![1]!;
  const raw: RawTable = { number, line: numberLine.no, caption: [], unitOfMeasure: null, rows: [], notes: [] };
  const placed = [numberLine.no];
  const footnotes: CutTable['footnotes'] = [];
  let phase: 'caption' | 'body' | 'notes' = 'caption';
  let end = start;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const t = cleanText(line.text);
    if (isBlank(line.text)) continue;
    if (isPageHeader(line.text, page) || isRuleLine(line.text)) {
      placed.push(line.no);
      end = i;
      continue;
    }
    const fn = /\t/.test(line.text) ? null : parseFootnoteLine(line.text);
    if (fn && phase !== 'caption') {
      footnotes.push({ ...fn, line: line.no });
      placed.push(line.no);
      end = i;
      continue;
    }
    const note = parseNoteLine(line.text);
    if (note && phase !== 'caption') {
      raw.notes.push({ no: line.no, text: line.text.trim() });
      phase = 'notes';
      placed.push(line.no);
      end = i;
      continue;
    }
    if (phase === 'notes') break;
    const tabbed = /\t/.test(line.text);
    // The first caption line may repeat a heading's words (表 16.36 决策机关); only structure ends the table there.
    const captionStart =
      phase === 'caption' && raw.caption.length === 0 && !TABLE_START.test(t) && !FIGURE_START.test(t) && !parseParagraphStart(t);
    if (!tabbed && !captionStart && endsTable(t, contents)) break;
    if (phase === 'caption' && !tabbed) {
      if (isUnitLine(t)) raw.unitOfMeasure = t.slice(1, -1);
      else if (isPartLabel(t)) {
        raw.rows.push(row([t], line.no));
        phase = 'body';
      } else raw.caption.push(t);
      placed.push(line.no);
      end = i;
      continue;
    }
    if (tabbed) {
      raw.rows.push(row(splitCells(line.text.replace(/\\\$/g, '$')), line.no));
      phase = 'body';
      placed.push(line.no);
      end = i;
      continue;
    }
    // Conversion trimmed the trailing tabs of rows with empty cells (`专业及以上职类`, `C. 工作方案`): still rows.
    raw.rows.push(row(splitCells(line.text.replace(/\\\$/g, '$')), line.no));
    placed.push(line.no);
    end = i;
  }
  return { raw, end, placed, footnotes, truncated: i >= lines.length };
}

function row(cells: string[], line: number): RawRow {
  return { cells, line };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const hasNumber = (cells: string[]) => cells.some((c) => typeof parseAmount(c) === 'number');

/** Header rows: the first row plus rows under it with an empty first cell and short labels only. */
export function splitHead(raw: RawTable): { head: RawRow[]; body: RawRow[]; repeated: RawRow[] } {
  const firstIdx = raw.rows.findIndex((r) => r.cells.length > 1);
  if (firstIdx < 0) return { head: [], body: raw.rows, repeated: [] };
  const head = [raw.rows[firstIdx]!];
  let k = firstIdx + 1;
  while (k < raw.rows.length && isHeadContinuation(raw.rows[k]!)) head.push(raw.rows[k++]!);
  const headCells = new Set(head.flatMap((r) => r.cells.map(squeeze)).filter((c) => c !== ''));
  const body: RawRow[] = raw.rows.slice(0, firstIdx);
  const repeated: RawRow[] = [];
  for (const r of raw.rows.slice(k)) (isRepeatedHead(r, headCells) ? repeated : body).push(r);
  return { head, body, repeated };
}

function isHeadContinuation(r: RawRow): boolean {
  return r.cells.length > 1 && r.cells[0] === '' && !hasNumber(r.cells) && r.cells.every((c) => c.length <= 15);
}

/** A header row printed again after a page break: most of its cells are cells of the first header. */
function isRepeatedHead(r: RawRow, headCells: Set<string>): boolean {
  if (r.cells.length < 2 || hasNumber(r.cells)) return false;
  const cells = r.cells.map(squeeze).filter((c) => c !== '');
  if (cells.length === 0) return false;
  const known = cells.filter((c) => headCells.has(c)).length;
  return known * 2 >= cells.length && known >= Math.min(2, cells.length);
}

export type TableRole = Table['role'];

const printedCell = (cell: string) =>
  paragraphCellItems(cell)
    .filter((t) => t !== '')
    .join('\n');

/** The as-printed record of a table, with row anchors. */
export function tableRecord(raw: RawTable, role: TableRole, meta: DocumentMeta): Table {
  const { head, body } = splitHead(raw);
  const printedRows = body.map((r) => ({ cells: r.cells.map(printedCell), line: r.line }));
  const grid = simpleGrid(
    head.map((r) => r.cells),
    printedRows,
  );
  return {
    id: tableId(meta, raw.number),
    document: meta.symbol,
    documentId: meta.documentId,
    number: raw.number,
    title: raw.caption.join('\n'),
    role,
    head: head.map((r) => r.cells),
    stub: grid.stub,
    columns: grid.columns,
    subheads: grid.subheads,
    // Cells as printed, less the conversion's `<p>` wrappers: several items in one cell become lines.
    rows: printedRows.map((r, k) => ({ ...r, ...grid.values[k]!, anchor: `table-${raw.number}-row-${k + 1}` })),
    notes: raw.notes.map((n) => parseNoteLine(n.text) ?? { mark: '', text: n.text.trim() }),
    line: raw.line,
    url: permalinks.table(meta.documentId, raw.number),
  };
}

export const tableId = (meta: DocumentMeta, number: string) => `${meta.documentId}/table-${number}`;
