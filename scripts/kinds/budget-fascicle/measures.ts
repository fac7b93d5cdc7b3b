/** Performance measures: a 业绩计量 table read as one text per year column, or a figure whose chart is lost. */
import type { ProblemLog } from '../../lib/problems.ts';
import type { PerformanceMeasure } from '../../../core/schemas/performance-measure.ts';
import type { Figure } from '../../../core/schemas/figure.ts';
import type { Table } from '../../../core/schemas/table.ts';
import type { DocumentMeta } from '../types.ts';
import { parseYearColumn } from './columns.ts';

/** Each column of the table is one year; several body rows stack their cells in that column, one per line. */
export function measureFromTable(table: Table, result: string, meta: DocumentMeta, log: ProblemLog): PerformanceMeasure {
  const head = table.head[0] ?? [];
  const years: PerformanceMeasure['years'] = [];
  head.forEach((label, c) => {
    const col = parseYearColumn(label);
    if (!col) {
      log.error(
        table.line,
        'measure-column',
        `table ${table.number}: column head "${label}" names no year and status; expected e.g. "2018(实际业绩)"`,
      );
      return;
    }
    const text = table.rows
      .map((r) => r.cells[c] ?? '')
      .filter((t) => t !== '')
      .join('\n');
    years.push({ year: col.year, status: col.status, label: col.label, notes: col.notes, text });
  });
  for (const r of table.rows) {
    if (r.cells.length > head.length && r.cells.slice(head.length).some((c) => c !== '')) {
      log.warning(
        r.line,
        'measure-extra-cells',
        `table ${table.number}: row has ${r.cells.length} cells for ${head.length} year columns; extra cells not read`,
      );
    }
  }
  return {
    id: table.id,
    document: meta.symbol,
    documentId: meta.documentId,
    result,
    kind: 'table',
    number: table.number,
    title: table.title,
    years,
    line: table.line,
    url: table.url,
  };
}

export function measureFromFigure(figure: Figure, result: string): PerformanceMeasure {
  return {
    id: figure.id,
    document: figure.document,
    documentId: figure.documentId,
    result,
    kind: 'figure',
    number: figure.numberPrinted,
    title: figure.title,
    years: [],
    line: figure.line,
    url: figure.url,
  };
}
