/** Per-year column heads: `2020 年 计划数`, `2018(实际业绩)`, `2021(计划业绩) ^a`. */
import type { YearColumn } from '../../../core/schemas/common.ts';

const STATUS: [RegExp, YearColumn['status']][] = [
  [/实际/, 'actual'],
  [/计划/, 'planned'],
  [/核定|批款|拨款/, 'approved'],
  [/估计/, 'estimate'],
];

/** Year, status and note marks of a column head; null when the head names no year or no known status. */
export function parseYearColumn(label: string): (YearColumn & { notes: string[] }) | null {
  const notes: string[] = [];
  const bare = label
    .replace(/\s*\^([a-z])/g, (_, m: string) => {
      notes.push(m);
      return '';
    })
    .trim();
  const year = /(\d{4})\s*年?/.exec(bare);
  if (!year) return null;
  const status = STATUS.find(([re]) => re.test(bare))?.[1];
  if (!status) return null;
  return { year: Number(year[1]), status, label, notes };
}
