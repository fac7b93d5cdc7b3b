/**
 * A source problem in words a delegate reads, in Chinese and in English, from its typed fields: the row and
 * column of a table cell, what the figure was checked against, printed and computed values. Never a line
 * number or a file name.
 */
import type { Discrepancy } from '../../core/schemas/discrepancy.ts';
import type { Table } from '../../core/schemas/table.ts';
import { quoteChinese, quoted } from './i18n/quoted.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

const CHECK: Record<NonNullable<Discrepancy['check']>, Bilingual> = {
  sum: { zh: '其所合计各行之和', en: 'the sum of the rows it totals' },
  change: { zh: '技术调整 + 新的/扩大的任务 + 其他', en: 'technical adjustments + new/expanded mandates + other' },
  estimate: { zh: '上一年数字 + 变动共计', en: 'the earlier year plus the total change' },
  percent: { zh: '变动共计 ÷ 上一年数字 × 100', en: 'the total change / the earlier year × 100' },
  posts: { zh: '所列员额之和', en: 'the posts listed' },
  'other-table': { zh: '另一表中的同一数字', en: 'the same figure in another table' },
  blank: { zh: '原文此格空白', en: 'the cell is blank in the source' },
};

/** Heading of a table column as the site shows it (`变动：共计`), or the notice for a heading the source does not print. */
export function columnName(table: Table | undefined, column: number): Bilingual {
  const c = table?.columns[column];
  if (!c) return { zh: `第 ${column + 1} 栏`, en: `column ${column + 1}` };
  const label = c.label === '' ? '原文未印出标题的一栏' : `${c.group ? `${c.group}：` : ''}${c.label}`;
  return { zh: label, en: c.label === '' ? 'the column with no printed heading' : quoted(label) };
}

/** The label of the table row a discrepancy is on, null when it is not in a table row. */
export function rowOf(d: Discrepancy, table: Table | undefined): Table['rows'][number] | null {
  return table?.rows.find((r) => r.line === d.line) ?? null;
}

const tableNo = (id: string | undefined) => id?.split('/table-').pop() ?? '';

/** One sentence per language for a discrepancy; tables give row, column and check, other kinds their printed and expected forms. */
export function describeDiscrepancy(d: Discrepancy, table: Table | undefined, tables: Table[] = [], withRow = true): Bilingual {
  const row = rowOf(d, table);
  const where = withRow && row?.label ? `“${row.label}”` : '';
  const rowZh = where ? `${where}行` : '';
  const rowEn = where ? `Row “${quoted(row!.label!)}”, column` : 'Column';
  if (d.check === 'blank' && d.cells?.length) {
    const col = columnName(table, d.cells[0]!.column);
    return {
      zh: `${rowZh}“${col.zh}”一栏原文空白；所属小计“${d.against?.row ?? ''}”印出的数字比各项印出数字之和多 ${d.computed ?? ''}。`,
      en: `${rowEn} "${col.en}": blank in the source; its subtotal "${quoted(d.against?.row ?? '')}" prints ${d.computed ?? ''} more than the figures printed under it.`,
    };
  }
  if (d.check && d.cells?.length) {
    const check = CHECK[d.check];
    const against = d.against ? tables.find((t) => t.id === d.against!.table) : undefined;
    const other = against
      ? { zh: `（表 ${against.number}“${d.against!.row}”行）`, en: ` (table ${against.number}, row "${quoted(d.against!.row)}")` }
      : { zh: '', en: '' };
    const cells = d.cells.map((c) => ({ col: columnName(table, c.column), c }));
    return {
      zh:
        cells
          .map(({ col, c }) => `${rowZh}“${col.zh}”一栏：原文印出 ${c.printed || '—'}，按${check.zh}${other.zh}应为 ${c.computed ?? '—'}`)
          .join('；') + '。',
      en:
        cells
          .map(({ col, c }) => `${rowEn} "${col.en}": printed ${c.printed || '—'}; ${check.en}${other.en} gives ${c.computed ?? '—'}`)
          .join('; ') + '.',
    };
  }
  const printed = d.printed ?? '—';
  const computed = d.computed ?? '—';
  switch (d.kind) {
    case 'numbering':
      return { zh: `编号有误：原文印出“${printed}”，按顺序应为“${computed}”。`, en: quoteChinese(d.description) };
    case 'symbol':
      return { zh: `文号未在文本中印出，由编者推定为 ${computed}。`, en: quoteChinese(d.description) };
    case 'total':
      return {
        zh: `${table ? `表 ${tableNo(d.table ?? undefined)}：` : ''}原文印出 ${printed}，计算为 ${computed}。`,
        en: quoteChinese(d.description),
      };
    default:
      return { zh: `原文印出“${printed}”，应为“${computed}”。`, en: quoteChinese(d.description) };
  }
}

/** Id of a discrepancy's note, the same on /source-issues/ and under its table. */
export const issueId = (d: Discrepancy) => `issue-${d.id.replaceAll('/', '-')}`;
