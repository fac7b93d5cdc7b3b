/**
 * Deliverables charts: planned vs actual of the performance year, planned of the appropriation and budget years, per
 * subcategory; programme-wide by subprogramme; largest gaps. Columns are the rows' own (year, status, printed head);
 * which year plays which role comes from the fascicle's budget year (years.ts).
 */
import type { Deliverable } from '../../../core/schemas/deliverable.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Subprogramme } from '../../../core/schemas/subprogramme.ts';
import { type ChartDataset, type ChartSpec, formatPercent, formatValue, round } from './spec.ts';
import { rowNotes, totalNotesByLine } from './discrepancies.ts';
import { seriesColor } from './palette.ts';
import type { BudgetYears } from './years.ts';

/** Colour of a year column by the role of its year in the fascicle and its status. */
function columnColor(year: number, status: string, years: BudgetYears): number {
  if (year === years.performance) return status === 'actual' ? seriesColor.performanceActual : seriesColor.performancePlanned;
  if (year === years.appropriation) return seriesColor.appropriationPlanned;
  if (year === years.budget) return seriesColor.budgetPlanned;
  return seriesColor.other;
}

/** Subcategory rows (the printed totals per subcategory) of one unit's table, in source order. */
export function subcategoryRows(all: Deliverable[], documentId: string, unit: string): Deliverable[] {
  // Source order: the content layer may hand records over in id order ("row-10" before "row-2").
  return all.filter((d) => d.documentId === documentId && d.unit === unit && d.kind === 'subcategory').sort((a, b) => a.line - b.line);
}

/** The year columns the rows print, in order (from the first row that has values). */
function yearColumns(rows: Deliverable[]) {
  return rows.find((r) => r.values.length > 0)?.values.map(({ year, status, label }) => ({ year, status, label })) ?? [];
}

/** Value of a row in the column with that year and status, null if "—" or absent. */
export function valueOf(row: Deliverable, year: number, status: string): number | null {
  return row.values.find((v) => v.year === year && v.status === status)?.value ?? null;
}

/** The unit of a subcategory, from the brackets at its end: "议事机构文件(文件数目)" → "文件数目". */
export function measureUnit(subcategory: string): string {
  return /[(（]([^()（）]+)[)）]\s*$/.exec(subcategory)?.[1]?.trim() ?? subcategory;
}

/** Same unit whatever the printing ("三小时会议次数" and "3 小时会议次数"), for grouping only. */
function unitKey(unit: string): string {
  return unit.replace(/\s+/g, '').replace(/三/g, '3');
}

/** Name of a planning unit in the deliverables charts. */
export function unitName(unit: string): string {
  if (unit === 'programme') return '共有应交付产出';
  const [sp, component] = unit.split('.');
  return component ? `次级方案 ${sp} 构成部分 ${component}` : `次级方案 ${sp}`;
}

/** Compact name for chart axes ("次级方案 9.2"); tables use unitName. */
export function unitShortName(unit: string): string {
  return unit === 'programme' ? '共有' : `次级方案 ${unit}`;
}

/** One table's deliverables by subcategory: the four printed columns, discrepancies of the printed totals as row notes. */
export function deliverablesChart(
  all: Deliverable[],
  unit: string,
  documentId: string,
  discrepancies: Discrepancy[],
  years: BudgetYears,
): ChartSpec | null {
  const rows = subcategoryRows(all, documentId, unit);
  if (rows.length === 0) return null;
  const columns = yearColumns(rows);
  const textRows = all.filter((d) => d.documentId === documentId && d.unit === unit && d.kind === 'text').length;
  const datasets: ChartDataset[] = columns.map((c) => ({
    label: c.label,
    data: rows.map((r) => valueOf(r, c.year, c.status)),
    color: columnColor(c.year, c.status, years),
  }));
  const tableId = rows[0]!.table;
  return {
    id: `chart-deliverables-${unit.replace('.', '-')}`,
    caption: '应交付产出：按类别和次类别列示的数目',
    summary: `横向条形图：${unitName(unit)}的 ${rows.length} 个次类别，每个次类别 ${columns.length} 条：${columns.map((c) => c.label).join('、')}。各次类别的计量单位不同（见括号），只宜在同一次类别内比较。`,
    unit: '数目（单位见各次类别括号）',
    horizontal: true,
    stacked: false,
    categoryTitle: '类别和次类别',
    labels: rows.map((r) => `${r.category} ${r.subcategory ?? r.label}`),
    rowLabels: rows.map((r) => `${r.category}. ${r.categoryTitle}：${r.subcategory ?? r.label}`),
    rowLinks: rows.map((r) => r.url),
    datasets,
    decimals: 0,
    rowNotes: rowNotes(
      rows.map((r) => r.line),
      totalNotesByLine(discrepancies, tableId),
    ),
    notes: [
      '图中只画各次类别的合计行；各项明细见原表。',
      ...(textRows > 0 ? [`另有 ${textRows} 行文字说明（类别 C–E 等）没有数目，未绘制。`] : []),
    ],
    sources: [{ label: `原表（按类别和次类别列示的应交付产出）`, href: rows[0]!.url.replace(/-row-\d+$/, '') }],
  };
}

/** Order of planning units: the programme-wide table, then 1…9 with components after their subprogramme. */
function unitOrder(a: string, b: string): number {
  const n = (u: string) => (u === 'programme' ? -1 : Number(u.split('.')[0]) * 100 + Number(u.split('.')[1] ?? 0));
  return n(a) - n(b);
}

/**
 * Programme-wide, by subprogramme: one chart per unit of measure (documents, meetings, projects, days…),
 * so that only like is compared with like; a subprogramme with two subcategories of one unit has two rows.
 */
export function deliverablesByUnitOfMeasure(
  all: Deliverable[],
  documentId: string,
  subprogrammes: Subprogramme[],
  discrepancies: Discrepancy[],
  years: BudgetYears,
): ChartSpec[] {
  const rows = all.filter((d) => d.documentId === documentId && d.kind === 'subcategory' && d.subcategory !== null);
  const groups = new Map<string, Deliverable[]>();
  for (const r of rows) {
    const key = unitKey(measureUnit(r.subcategory!));
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const title = (unit: string) => subprogrammes.find((s) => s.documentId === documentId && s.key === unit)?.title;
  return [...groups.values()]
    .sort((a, b) => b.length - a.length)
    .map((group, i) => {
      const sorted = [...group].sort((a, b) => unitOrder(a.unit, b.unit) || a.line - b.line);
      const columns = yearColumns(sorted);
      const units = [...new Set(sorted.map((r) => measureUnit(r.subcategory!)))];
      const notes = sorted.map((r) => totalNotesByLine(discrepancies, r.table).get(r.line)?.join('；') ?? null);
      return {
        id: `chart-deliverables-measure-${i + 1}`,
        caption: `按次级方案列示的应交付产出：${units.join(' / ')}`,
        summary: `横向条形图：计量单位为“${units.join('”或“')}”的 ${sorted.length} 个次类别，按次级方案列示 ${columns.map((c) => c.label).join('、')}。`,
        unit: units.join(' / '),
        horizontal: true,
        stacked: false,
        categoryTitle: '次级方案：次类别',
        labels: sorted.map((r) => `${unitShortName(r.unit)} ${r.subcategory!.replace(/[(（][^()（）]+[)）]\s*$/, '')}`),
        rowLabels: sorted.map((r) => `${unitName(r.unit)}${title(r.unit) ? ` ${title(r.unit)}` : ''}：${r.subcategory}`),
        rowLinks: sorted.map((r) => r.url),
        datasets: columns.map((c) => ({
          label: c.label,
          data: sorted.map((r) => valueOf(r, c.year, c.status)),
          color: columnColor(c.year, c.status, years),
        })),
        decimals: 0,
        rowNotes: notes,
        notes: [],
        sources: [],
      } satisfies ChartSpec;
    });
}

export interface DeliverableGap {
  row: Deliverable;
  planned: number;
  actual: number;
  /** actual − planned. */
  difference: number;
  /** Difference as a percentage of the plan. */
  percent: number;
}

/**
 * Subcategories whose actual count of the performance year differs from that year's plan, both printed as numbers
 * (a "—" is not read as 0), ranked by the difference relative to the plan, then by its size.
 */
export function deliverableGaps(
  all: Deliverable[],
  documentId: string,
  years: BudgetYears,
): { shortfalls: DeliverableGap[]; overshoots: DeliverableGap[]; unplanned: Deliverable[]; undelivered: Deliverable[] } {
  const rows = all.filter((d) => d.documentId === documentId && d.kind === 'subcategory').sort((a, b) => a.line - b.line);
  const gaps: DeliverableGap[] = [];
  const unplanned: Deliverable[] = [];
  const undelivered: Deliverable[] = [];
  for (const row of rows) {
    const planned = valueOf(row, years.performance, 'planned');
    const actual = valueOf(row, years.performance, 'actual');
    if (planned === null && actual !== null) unplanned.push(row);
    if (planned !== null && actual === null) undelivered.push(row);
    if (planned === null || actual === null || planned === 0 || planned === actual) continue;
    gaps.push({ row, planned, actual, difference: round(actual - planned), percent: round(((actual - planned) / planned) * 100) });
  }
  const byMagnitude = (a: DeliverableGap, b: DeliverableGap) =>
    Math.abs(b.percent) - Math.abs(a.percent) || Math.abs(b.difference) - Math.abs(a.difference);
  return {
    shortfalls: gaps.filter((g) => g.difference < 0).sort(byMagnitude),
    overshoots: gaps.filter((g) => g.difference > 0).sort(byMagnitude),
    unplanned,
    undelivered,
  };
}

/**
 * A chart of the largest gaps of one kind: the performance year's plan and actual side by side, the computed
 * difference in the table. Series are labelled with the column heads as printed.
 */
export function gapsChart(gaps: DeliverableGap[], kind: 'shortfalls' | 'overshoots', limit: number, years: BudgetYears): ChartSpec | null {
  const top = gaps.slice(0, limit);
  if (top.length === 0) return null;
  const word = kind === 'shortfalls' ? '短缺' : '超额';
  const head = (status: 'planned' | 'actual') =>
    top[0]!.row.values.find((v) => v.year === years.performance && v.status === status)?.label ??
    `${years.performance} 年 ${status === 'planned' ? '计划数' : '实际数'}`;
  return {
    id: `chart-deliverables-${kind}`,
    caption: `${years.performance} 年应交付产出${word}最大的次类别（实际数相对计划数）`,
    summary: `横向条形图：${years.performance} 年实际数与计划数相差比例最大的 ${top.length} 个${word}次类别，每个两条：计划数和实际数。${top[0] ? `居首的是${unitName(top[0].row.unit)}的“${top[0].row.subcategory}”：计划 ${top[0].planned}，实际 ${top[0].actual}。` : ''}`,
    unit: '数目（单位见各次类别括号）',
    horizontal: true,
    stacked: false,
    categoryTitle: '次级方案：次类别',
    labels: top.map((g) => `${unitShortName(g.row.unit)} ${g.row.subcategory}`),
    rowLabels: top.map((g) => `${unitName(g.row.unit)}：${g.row.category}. ${g.row.subcategory}`),
    rowLinks: top.map((g) => g.row.url),
    datasets: [
      { label: head('planned'), data: top.map((g) => g.planned), color: seriesColor.performancePlanned },
      { label: head('actual'), data: top.map((g) => g.actual), color: seriesColor.performanceActual },
    ],
    decimals: 0,
    extraColumns: [
      { label: '差额（本站计算）', cells: top.map((g) => formatValue(g.difference, 0)), computed: true },
      { label: '相对计划数（本站计算）', cells: top.map((g) => formatPercent(g.percent)), computed: true },
    ],
    notes: ['按差额占计划数的比例排序；两栏中有一栏为“—”的次类别不参加排序。'],
    sources: [],
  };
}
