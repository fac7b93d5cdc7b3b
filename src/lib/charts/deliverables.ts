/**
 * Deliverables charts: planned vs actual of the performance year, planned of the appropriation and budget years, per
 * subcategory; programme-wide by subprogramme; largest gaps. Columns are the rows' own (year, status, printed head);
 * which year plays which role comes from the fascicle's budget year (years.ts).
 */
import type { Deliverable } from '../../../core/schemas/deliverable.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Subprogramme } from '../../../core/schemas/subprogramme.ts';
import { type ChartDataset, type ChartSpec, formatPercent, formatValue, round } from './spec.ts';
import { joinNotes, rowNotes, totalNotesByLine } from './discrepancies.ts';
import type { Bilingual } from '../i18n/index.ts';
import { quoted as q } from '../i18n/quoted.ts';
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

const STATUS_EN: Record<string, string> = { actual: 'actual', planned: 'planned', approved: 'approved', estimate: 'estimate' };

/** A year column's head: as printed in Chinese, `2020 planned` in English. */
function columnHead(year: number, status: string, label: string): Bilingual {
  return { zh: label, en: `${year} ${STATUS_EN[status] ?? status}` };
}

/** The year columns the rows print, in order (from the first row that has values). */
function yearColumns(rows: Deliverable[]) {
  return (
    rows
      .find((r) => r.values.length > 0)
      ?.values.map(({ year, status, label }) => ({ year, status, label: columnHead(year, status, label) })) ?? []
  );
}

const heads = (columns: { label: Bilingual }[], sep: Bilingual): Bilingual => ({
  zh: columns.map((c) => c.label.zh).join(sep.zh),
  en: columns.map((c) => c.label.en).join(sep.en),
});

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
export function unitName(unit: string): Bilingual {
  if (unit === 'programme') return { zh: '共有应交付产出', en: 'Common deliverables' };
  const [sp, component] = unit.split('.');
  return component
    ? { zh: `次级方案 ${sp} 构成部分 ${component}`, en: `Subprogramme ${sp}, component ${component}` }
    : { zh: `次级方案 ${sp}`, en: `Subprogramme ${sp}` };
}

/** Compact name for chart axes ("次级方案 9.2"); tables use unitName. */
export function unitShortName(unit: string): Bilingual {
  return unit === 'programme' ? { zh: '共有', en: 'Common' } : { zh: `次级方案 ${unit}`, en: `SP ${unit}` };
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
    caption: { zh: '应交付产出：按类别和次类别列示的数目', en: 'Deliverables: quantities by category and subcategory' },
    summary: {
      zh: `横向条形图：${unitName(unit).zh}的 ${rows.length} 个次类别，每个次类别 ${columns.length} 条：${heads(columns, { zh: '、', en: '' }).zh}。各次类别的计量单位不同（见括号），只宜在同一次类别内比较。`,
      en: `Horizontal bar chart: the ${rows.length} subcategories of ${unitName(unit).en}, ${columns.length} bars each: ${heads(columns, { zh: '', en: ', ' }).en}. Subcategories count in different units (in brackets): compare within a subcategory only.`,
    },
    unit: { zh: '数目（单位见各次类别括号）', en: 'quantity (unit in each subcategory’s brackets)' },
    horizontal: true,
    stacked: false,
    categoryTitle: { zh: '类别和次类别', en: 'Category and subcategory' },
    labels: rows.map((r) => `${r.category} ${r.subcategory ?? r.label}`),
    rowLabels: rows.map((r) => {
      const text = q(`${r.category}. ${r.categoryTitle}：${r.subcategory ?? r.label}`);
      return { zh: text, en: text };
    }),
    rowLinks: rows.map((r) => r.url),
    datasets,
    decimals: 0,
    rowNotes: rowNotes(
      rows.map((r) => r.line),
      totalNotesByLine(discrepancies, tableId),
    ),
    notes: [
      {
        zh: '图中只画各次类别的合计行；各项明细见原表。',
        en: 'Only the total row of each subcategory is drawn; the items are in the table as printed.',
      },
      ...(textRows > 0
        ? [
            {
              zh: `另有 ${textRows} 行文字说明（类别 C–E 等）没有数目，未绘制。`,
              en: `${textRows} more rows are text without quantities (categories C–E and the like) and are not drawn.`,
            },
          ]
        : []),
    ],
    sources: [
      {
        label: { zh: '原表（按类别和次类别列示的应交付产出）', en: 'The table as printed (deliverables by category and subcategory)' },
        href: rows[0]!.url.replace(/-row-\d+$/, ''),
      },
    ],
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
      const notes = sorted.map((r) => joinNotes(totalNotesByLine(discrepancies, r.table).get(r.line)));
      const unitText = q(units.join(' / '));
      return {
        id: `chart-deliverables-measure-${i + 1}`,
        caption: { zh: `按次级方案列示的应交付产出：${unitText}`, en: `Deliverables by subprogramme: ${unitText}` },
        summary: {
          zh: `横向条形图：计量单位为“${units.join('”或“')}”的 ${sorted.length} 个次类别，按次级方案列示 ${heads(columns, { zh: '、', en: '' }).zh}。`,
          en: `Horizontal bar chart: the ${sorted.length} subcategories counted in ${q(units.join(' or '))}, by subprogramme: ${heads(columns, { zh: '', en: ', ' }).en}.`,
        },
        unit: { zh: unitText, en: unitText },
        horizontal: true,
        stacked: false,
        categoryTitle: { zh: '次级方案：次类别', en: 'Subprogramme: subcategory' },
        labels: sorted.map((r) => {
          const short = unitShortName(r.unit);
          const sub = r.subcategory!.replace(/[(（][^()（）]+[)）]\s*$/, '');
          return { zh: `${short.zh} ${sub}`, en: `${short.en} ${sub}` };
        }),
        rowLabels: sorted.map((r) => {
          const name = unitName(r.unit);
          const rest = q(`${title(r.unit) ? ` ${title(r.unit)}` : ''}：${r.subcategory}`);
          return { zh: `${name.zh}${rest}`, en: `${name.en}${rest}` };
        }),
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
  const word = kind === 'shortfalls' ? { zh: '短缺', en: 'shortfalls' } : { zh: '超额', en: 'overshoots' };
  const head = (status: 'planned' | 'actual'): Bilingual => {
    const printed = top[0]!.row.values.find((v) => v.year === years.performance && v.status === status)?.label;
    return columnHead(years.performance, status, printed ?? `${years.performance} 年 ${status === 'planned' ? '计划数' : '实际数'}`);
  };
  const first = top[0]!;
  return {
    id: `chart-deliverables-${kind}`,
    caption: {
      zh: `${years.performance} 年应交付产出${word.zh}最大的次类别（实际数相对计划数）`,
      en: `Deliverables ${years.performance}: the largest ${word.en} (actual against planned)`,
    },
    summary: {
      zh: `横向条形图：${years.performance} 年实际数与计划数相差比例最大的 ${top.length} 个${word.zh}次类别，每个两条：计划数和实际数。居首的是${unitName(first.row.unit).zh}的“${first.row.subcategory}”：计划 ${first.planned}，实际 ${first.actual}。`,
      en: `Horizontal bar chart: the ${top.length} subcategories with the largest ${word.en} of actual against planned in ${years.performance}, two bars each: planned and actual. First is ${unitName(first.row.unit).en}, “${q(first.row.subcategory ?? '')}”: planned ${first.planned}, actual ${first.actual}.`,
    },
    unit: { zh: '数目（单位见各次类别括号）', en: 'quantity (unit in each subcategory’s brackets)' },
    horizontal: true,
    stacked: false,
    categoryTitle: { zh: '次级方案：次类别', en: 'Subprogramme: subcategory' },
    labels: top.map((g) => {
      const short = unitShortName(g.row.unit);
      return { zh: `${short.zh} ${g.row.subcategory}`, en: `${short.en} ${g.row.subcategory}` };
    }),
    rowLabels: top.map((g) => {
      const rest = q(`${g.row.category}. ${g.row.subcategory}`);
      return { zh: `${unitName(g.row.unit).zh}：${rest}`, en: `${unitName(g.row.unit).en}: ${rest}` };
    }),
    rowLinks: top.map((g) => g.row.url),
    datasets: [
      { label: head('planned'), data: top.map((g) => g.planned), color: seriesColor.performancePlanned },
      { label: head('actual'), data: top.map((g) => g.actual), color: seriesColor.performanceActual },
    ],
    decimals: 0,
    extraColumns: [
      {
        label: { zh: '差额（本站计算）', en: 'Difference (computed here)' },
        cells: top.map((g) => formatValue(g.difference, 0)),
        computed: true,
      },
      {
        label: { zh: '相对计划数（本站计算）', en: 'Against plan (computed here)' },
        cells: top.map((g) => formatPercent(g.percent)),
        computed: true,
      },
    ],
    notes: [
      {
        zh: '按差额占计划数的比例排序；两栏中有一栏为“—”的次类别不参加排序。',
        en: 'Ranked by the difference as a share of the plan; subcategories with “—” in either column are left out.',
      },
    ],
    sources: [],
  };
}
