/**
 * Resource charts (Part B): regular budget and extrabudgetary resources, objects of expenditure, posts, the change
 * from the appropriation year to the budget year. Columns are picked by meaning and by the year their role has in the
 * fascicle (years.ts); labels are built from those years or are the printed column heads.
 */
import type { ResourceTable } from '../../../core/schemas/resource-table.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Subprogramme } from '../../../core/schemas/subprogramme.ts';
import { type ChartSpec, formatPercent, formatValue, round } from './spec.ts';
import {
  budgetYearColumn,
  changeTotal,
  findColumn,
  leadingKey,
  partRows,
  percent,
  stripNumber,
  unitRow,
  valueAt,
  yearColumn,
  type Part,
} from './resource-table.ts';
import { joinNotes, rowNotes, totalNotesByLine } from './discrepancies.ts';
import type { Bilingual } from '../i18n/index.ts';
import { quoted as q } from '../i18n/quoted.ts';
import { seriesColor } from './palette.ts';
import type { BudgetYears } from './years.ts';

type Row = ResourceTable['rows'][number];

const MONEY: Bilingual = { zh: '千美元', en: 'thousands of US dollars' };
const POSTS: Bilingual = { zh: '员额数目', en: 'number of posts' };
/** Words printed in the source (a row, a column head): the same, marked as quoted, in both languages. */
const printed = (text: string): Bilingual => ({ zh: q(text), en: q(text) });
const YEAR: Bilingual = { zh: '年份', en: 'Year' };
const UNIT_HEAD: Bilingual = { zh: '构成部分/次级方案', en: 'Component/subprogramme' };
const REGULAR: Bilingual = { zh: '经常预算', en: 'Regular budget' };
const EXTRA: Bilingual = { zh: '预算外', en: 'Extrabudgetary' };
const TOTAL_PRINTED: Bilingual = { zh: '共计（原文）', en: 'Total (as printed)' };
const SHARE: Bilingual = { zh: '预算外所占比例（本站计算）', en: 'Extrabudgetary share (computed here)' };
/** `表 16.33 2020 年支出数 …；…` of printed rows: column heads and values as printed. */
const printedValues = (t: ResourceTable, r: Row, cols: number[], decimals: number): string =>
  q(cols.map((c) => `${t.columns[c]} ${formatValue(valueAt(r, c), decimals)}`).join('；'));

/** The programme-wide table of a subject (read by the parser from its caption): tables are found by what they are, not by number or caption. */
export function overviewTable(tables: ResourceTable[], documentId: string, subject: ResourceTable['subject']): ResourceTable | undefined {
  return tables.find((t) => t.documentId === documentId && t.unit === 'programme' && t.subject === subject);
}

/** 表 16.33: financial resources by source of funds, component and subprogramme. */
export const fundsTable = (t: ResourceTable[], doc: string) => overviewTable(t, doc, 'funds-by-unit');
/** 表 16.34: posts by source of funds, component and subprogramme. */
export const postsByUnitTable = (t: ResourceTable[], doc: string) => overviewTable(t, doc, 'posts-by-unit');
/** 表 16.30: financial resources by object of expenditure. */
export const objectTable = (t: ResourceTable[], doc: string) => overviewTable(t, doc, 'object-of-expenditure');
/** 表 16.32: proposed posts by category and grade. */
export const gradeTable = (t: ResourceTable[], doc: string) => overviewTable(t, doc, 'posts-by-grade');

const source = (t: ResourceTable) => ({
  label: { zh: `表 ${t.number} ${q(t.title)}`, en: `Table ${t.number} ${q(t.title)}` },
  href: t.url,
});

/** The part whose columns to read: the given one when the table is printed in parts, else the whole table. */
const partOf = (t: ResourceTable, part: 'regular' | 'extrabudgetary'): Part => (t.rows.some((r) => r.part !== null) ? part : null);

/**
 * Column indexes of the three years for a part, by typed role and year: expenditure of the performance year, then
 * regular budget (appropriation, budget year before recosting) or extrabudgetary (estimates of both years).
 */
export function yearColumns(t: ResourceTable, part: 'regular' | 'extrabudgetary', years: BudgetYears): [number, number, number] {
  const p = partOf(t, part);
  const expenditure = findColumn(t, p, yearColumn(years.performance, ['expenditure']));
  return [expenditure, ...postColumns(t, part, years)];
}

/** Columns of the two plan years for a part: regular budget (批款数 or 核定数, then 估计数(重计费用前) or 拟议数) or extrabudgetary (估计数). */
function postColumns(t: ResourceTable, part: 'regular' | 'extrabudgetary', years: BudgetYears): [number, number] {
  const p = partOf(t, part);
  return part === 'regular'
    ? [
        findColumn(t, p, yearColumn(years.appropriation, ['appropriation', 'approved'], null)),
        findColumn(t, p, budgetYearColumn(years.budget)),
      ]
    : [
        findColumn(t, p, yearColumn(years.appropriation, ['estimate'], null)),
        findColumn(t, p, yearColumn(years.budget, ['estimate'], null)),
      ];
}

/** Axis labels (short) and table row labels (full) of the three funding years, regular budget and extrabudgetary together. */
function fundingYearLabels(years: BudgetYears): { labels: Bilingual[]; rowLabels: Bilingual[] } {
  return {
    labels: [
      { zh: `${years.performance} 年支出数`, en: `${years.performance} expenditure` },
      { zh: `${years.appropriation} 年批款数 / 估计数`, en: `${years.appropriation} appropriation / estimate` },
      { zh: `${years.budget} 年估计数`, en: `${years.budget} estimate` },
    ],
    rowLabels: [
      { zh: `${years.performance} 年支出数`, en: `${years.performance} expenditure` },
      {
        zh: `${years.appropriation} 年批款数（经常预算）/ 估计数（预算外）`,
        en: `${years.appropriation} appropriation (regular budget) / estimate (extrabudgetary)`,
      },
      { zh: `${years.budget} 年估计数（经常预算：重计费用前）`, en: `${years.budget} estimate (regular budget: before recosting)` },
    ],
  };
}

/** Colours of the three year columns, by role. */
const yearColors = [seriesColor.performanceYear, seriesColor.appropriationYear, seriesColor.budgetYear];

/**
 * One subprogramme's regular budget and extrabudgetary resources by year (from 表 16.33), stacked so the
 * extrabudgetary share shows; the table adds the share, computed by the site.
 */
export function unitFundingChart(tables: ResourceTable[], sp: Subprogramme, years: BudgetYears): ChartSpec | null {
  const t = fundsTable(tables, sp.documentId);
  if (!t) return null;
  const rb = unitRow(partRows(t, 'regular'), sp.key);
  const xb = unitRow(partRows(t, 'extrabudgetary'), sp.key);
  if (!rb || !xb) return null;
  const rbValues = yearColumns(t, 'regular', years).map((c) => valueAt(rb, c));
  const xbValues = yearColumns(t, 'extrabudgetary', years).map((c) => valueAt(xb, c));
  const share = rbValues.map((r, i) => extrabudgetaryShare(r, xbValues[i]!));
  return {
    id: `chart-funding-${sp.key}`,
    caption: { zh: `资金来源：经常预算和预算外资源(${MONEY.zh})`, en: `Source of funds: regular budget and extrabudgetary (${MONEY.en})` },
    summary: {
      zh: `堆叠条形图：${q(sp.title)}的经常预算和预算外资源，${years.performance} 年支出数、${years.appropriation} 年批款数（经常预算）或估计数（预算外）、${years.budget} 年估计数。${years.budget} 年经常预算 ${formatValue(rbValues[2]!, 1)} 千美元，预算外 ${formatValue(xbValues[2]!, 1)} 千美元。`,
      en: `Stacked bar chart: regular budget and extrabudgetary resources of ${q(sp.title)}: ${years.performance} expenditure, ${years.appropriation} appropriation (regular budget) or estimate (extrabudgetary), ${years.budget} estimate. In ${years.budget}, regular budget ${formatValue(rbValues[2]!, 1)} and extrabudgetary ${formatValue(xbValues[2]!, 1)} thousand US dollars.`,
    },
    unit: MONEY,
    horizontal: false,
    stacked: true,
    categoryTitle: YEAR,
    ...fundingYearLabels(years),
    datasets: [
      { label: REGULAR, data: rbValues, color: seriesColor.regular, stack: 'funds' },
      { label: EXTRA, data: xbValues, color: seriesColor.extrabudgetary, stack: 'funds' },
    ],
    decimals: 1,
    extraColumns: [{ label: SHARE, cells: share.map(formatPercent), computed: true }],
    notes: [
      {
        zh: `数值取自表 ${t.number} 中“${q(rb.label)}”一行的经常预算部分和预算外部分。`,
        en: `Figures from the row “${q(rb.label)}” of table ${t.number}, regular budget and extrabudgetary parts.`,
      },
    ],
    sources: [source(t)],
  };
}

/** Extrabudgetary resources as a percentage of the two together, null unless both are printed. */
export function extrabudgetaryShare(regular: number | null, extrabudgetary: number | null): number | null {
  if (regular === null || extrabudgetary === null || regular + extrabudgetary === 0) return null;
  return round((extrabudgetary / (regular + extrabudgetary)) * 100);
}

/** Rows of a group ("按主要支出类别列示的财政资源") of a unit's own table. */
function groupRows(t: ResourceTable, groupIncludes: string): Row[] {
  return t.rows.filter((r) => r.group !== null && r.group.includes(groupIncludes));
}

/** The unit's own resource table (表 16.40 for subprogramme 1). */
export function unitTable(tables: ResourceTable[], sp: Subprogramme): ResourceTable | undefined {
  return sp.resourceTables.map((id) => tables.find((t) => t.id === id)).find((t) => t !== undefined && groupRows(t, '支出类别').length > 0);
}

/** One subprogramme's regular budget by main category of expenditure (posts, non-posts), stacked by year, with the printed total. */
export function unitObjectChart(
  tables: ResourceTable[],
  sp: Subprogramme,
  discrepancies: Discrepancy[],
  years: BudgetYears,
): ChartSpec | null {
  const t = unitTable(tables, sp);
  if (!t) return null;
  const rows = groupRows(t, '支出类别');
  const items = rows.filter((r) => r.kind === 'item');
  const total = rows.find((r) => r.kind === 'total');
  const cols = yearColumns(t, 'regular', years);
  const notes = totalNotesByLine(discrepancies, t.id);
  return {
    id: `chart-objects-${sp.key}`,
    caption: {
      zh: `经常预算：按主要支出类别列示的财政资源(${MONEY.zh})`,
      en: `Regular budget: financial resources by main category of expenditure (${MONEY.en})`,
    },
    summary: {
      zh: `堆叠条形图：${q(sp.title)}的经常预算按${q(items.map((r) => r.label).join('和'))}列示，${years.performance} 年支出数、${years.appropriation} 年批款数、${years.budget} 年估计数（重计费用前）。${total ? `${years.budget} 年共计 ${formatValue(valueAt(total, cols[2]), 1)} 千美元。` : ''}`,
      en: `Stacked bar chart: the regular budget of ${q(sp.title)} by ${q(items.map((r) => r.label).join(' / '))}: ${years.performance} expenditure, ${years.appropriation} appropriation, ${years.budget} estimate (before recosting).${total ? ` Total ${years.budget}: ${formatValue(valueAt(total, cols[2]), 1)} thousand US dollars.` : ''}`,
    },
    unit: MONEY,
    horizontal: false,
    stacked: true,
    categoryTitle: YEAR,
    labels: cols.map((c) => t.columns[c] ?? ''),
    rowLabels: cols.map((c) => printed(t.columns[c] ?? '')),
    datasets: items.map((r, i) => ({
      label: printed(r.label),
      data: cols.map((c) => valueAt(r, c)),
      color: i === 0 ? seriesColor.professional : seriesColor.generalService,
      stack: 'objects',
    })),
    decimals: 1,
    extraColumns: total ? [{ label: TOTAL_PRINTED, cells: cols.map((c) => formatValue(valueAt(total, c), 1)), computed: false }] : [],
    rowNotes: total ? cols.map(() => joinNotes(notes.get(total.line))) : undefined,
    notes: [],
    sources: [source(t)],
  };
}

/** One subprogramme's posts: regular budget by category (its own table) and extrabudgetary (表 16.34), appropriation year and budget year. */
export function unitPostsChart(tables: ResourceTable[], sp: Subprogramme, years: BudgetYears): ChartSpec | null {
  const t = unitTable(tables, sp);
  const overview = postsByUnitTable(tables, sp.documentId);
  if (!t || !overview) return null;
  const rbItems = groupRows(t, '员额资源').filter((r) => r.kind === 'item');
  const xb = unitRow(partRows(overview, 'extrabudgetary'), sp.key);
  const rbCols = postColumns(t, 'regular', years);
  const xbCols = postColumns(overview, 'extrabudgetary', years);
  if (rbItems.length === 0 && !xb) return null;
  const datasets = [
    ...rbItems.map((r, i) => ({
      label: { zh: `经常预算：${q(r.label)}`, en: `Regular budget: ${q(r.label)}` },
      data: rbCols.map((c) => valueAt(r, c)),
      color: i === 0 ? seriesColor.professional : seriesColor.generalService,
      stack: 'posts',
    })),
    ...(xb ? [{ label: EXTRA, data: xbCols.map((c) => valueAt(xb, c)), color: seriesColor.extrabudgetary, stack: 'posts' }] : []),
  ];
  return {
    id: `chart-posts-${sp.key}`,
    caption: {
      zh: `员额：经常预算（按职类）和预算外(${POSTS.zh})`,
      en: `Posts: regular budget (by category) and extrabudgetary (${POSTS.en})`,
    },
    summary: {
      zh: `堆叠条形图：${q(sp.title)}的员额数目，${years.appropriation} 年和 ${years.budget} 年，经常预算按职类列示，另列预算外员额。${datasets.map((d) => `${d.label.zh} ${years.budget} 年 ${formatValue(d.data[1] ?? null, 0)}`).join('，')}。`,
      en: `Stacked bar chart: posts of ${q(sp.title)} in ${years.appropriation} and ${years.budget}, regular budget by category, extrabudgetary posts beside them. In ${years.budget}: ${datasets.map((d) => `${d.label.en} ${formatValue(d.data[1] ?? null, 0)}`).join(', ')}.`,
    },
    unit: POSTS,
    horizontal: false,
    stacked: true,
    categoryTitle: YEAR,
    labels: [String(years.appropriation), String(years.budget)],
    rowLabels: [
      {
        zh: `${years.appropriation} 年核定数（经常预算）/ 估计数（预算外）`,
        en: `${years.appropriation} approved (regular budget) / estimate (extrabudgetary)`,
      },
      {
        zh: `${years.budget} 年拟议数（经常预算）/ 估计数（预算外）`,
        en: `${years.budget} proposed (regular budget) / estimate (extrabudgetary)`,
      },
    ],
    datasets,
    decimals: 0,
    notes: [
      {
        zh: `经常预算员额取自表 ${t.number}，预算外员额取自表 ${overview.number}。`,
        en: `Regular budget posts from table ${t.number}, extrabudgetary posts from table ${overview.number}.`,
      },
    ],
    sources: [source(t), source(overview)],
  };
}

/** The rows of an overview table's part that name a component or subprogramme (A, B, 1…9, D), in order. */
function unitRows(t: ResourceTable, part: 'regular' | 'extrabudgetary'): Row[] {
  return partRows(t, part).filter((r) => r.kind === 'item');
}

/** Short axis label: "次级方案 1" for work-programme rows, "A. 决策机关" for the others. */
function shortUnitLabel(r: Row): Bilingual {
  const key = leadingKey(r.label);
  return key !== null && /^\d+$/.test(key) ? { zh: `次级方案 ${key}`, en: `Subprogramme ${key}` } : { zh: r.label, en: r.label };
}

/** Programme-wide: one part of 表 16.33 by component and subprogramme and year. */
export function fundsByUnitChart(
  tables: ResourceTable[],
  documentId: string,
  part: 'regular' | 'extrabudgetary',
  discrepancies: Discrepancy[],
  years: BudgetYears,
): ChartSpec | null {
  const t = fundsTable(tables, documentId);
  if (!t) return null;
  const rows = unitRows(t, part);
  const cols = yearColumns(t, part, years);
  const name = part === 'regular' ? REGULAR : { zh: '预算外资源', en: 'Extrabudgetary resources' };
  const notes = totalNotesByLine(discrepancies, t.id);
  const subtotal = partRows(t, part)
    .filter((r) => r.kind === 'subtotal')
    .at(-1);
  return {
    id: `chart-funds-${part}`,
    caption: { zh: `${name.zh}：按构成部分和次级方案列示(${MONEY.zh})`, en: `${name.en} by component and subprogramme (${MONEY.en})` },
    summary: {
      zh: `横向条形图：表 ${t.number} 的${name.zh}，按构成部分和次级方案列示 ${years.performance} 年支出数、${years.appropriation} 年${part === 'regular' ? '批款数' : '估计数'}和 ${years.budget} 年估计数。${subtotal ? `${years.budget} 年小计 ${formatValue(valueAt(subtotal, cols[2]), 1)} 千美元。` : ''}`,
      en: `Horizontal bar chart: ${name.en.toLowerCase()} in table ${t.number} by component and subprogramme: ${years.performance} expenditure, ${years.appropriation} ${part === 'regular' ? 'appropriation' : 'estimate'} and ${years.budget} estimate.${subtotal ? ` Subtotal ${years.budget}: ${formatValue(valueAt(subtotal, cols[2]), 1)} thousand US dollars.` : ''}`,
    },
    unit: MONEY,
    horizontal: true,
    stacked: false,
    categoryTitle: UNIT_HEAD,
    labels: rows.map(shortUnitLabel),
    rowLabels: rows.map((r) => printed(r.label)),
    datasets: cols.map((c, i) => ({ label: printed(t.columns[c] ?? ''), data: rows.map((r) => valueAt(r, c)), color: yearColors[i]! })),
    decimals: 1,
    rowNotes: rowNotes(
      rows.map((r) => r.line),
      notes,
    ),
    notes: subtotal
      ? [
          {
            zh: `${q(subtotal.label)}（原文）：${printedValues(t, subtotal, cols, 1)}。`,
            en: `${q(subtotal.label)} (as printed): ${printedValues(t, subtotal, cols, 1)}.`,
          },
        ]
      : [],
    sources: [source(t)],
  };
}

/** Programme-wide: regular budget and extrabudgetary totals by year (表 16.33 part subtotals), with the share. */
export function fundsBySourceChart(tables: ResourceTable[], documentId: string, years: BudgetYears): ChartSpec | null {
  const t = fundsTable(tables, documentId);
  if (!t) return null;
  const rb = partRows(t, 'regular')
    .filter((r) => r.kind === 'subtotal')
    .at(-1);
  const xb = partRows(t, 'extrabudgetary')
    .filter((r) => r.kind === 'subtotal')
    .at(-1);
  const total = t.rows.find((r) => r.kind === 'total');
  if (!rb || !xb) return null;
  const rbValues = yearColumns(t, 'regular', years).map((c) => valueAt(rb, c));
  const xbValues = yearColumns(t, 'extrabudgetary', years).map((c) => valueAt(xb, c));
  const totalCols = yearColumns(t, 'extrabudgetary', years);
  return {
    id: 'chart-funds-source',
    caption: {
      zh: `资金来源：经常预算和预算外资源共计(${MONEY.zh})`,
      en: `Source of funds: regular budget and extrabudgetary totals (${MONEY.en})`,
    },
    summary: {
      zh: `堆叠条形图：表 ${t.number} 的经常预算和预算外资源小计，${years.performance} 年至 ${years.budget} 年。${years.budget} 年经常预算 ${formatValue(rbValues[2]!, 1)} 千美元（重计费用前），预算外 ${formatValue(xbValues[2]!, 1)} 千美元。`,
      en: `Stacked bar chart: the regular budget and extrabudgetary subtotals of table ${t.number}, ${years.performance} to ${years.budget}. In ${years.budget}, regular budget ${formatValue(rbValues[2]!, 1)} thousand US dollars (before recosting), extrabudgetary ${formatValue(xbValues[2]!, 1)}.`,
    },
    unit: MONEY,
    horizontal: false,
    stacked: true,
    categoryTitle: YEAR,
    ...fundingYearLabels(years),
    datasets: [
      {
        label: { zh: `经常预算（${q(rb.label)}）`, en: `Regular budget (${q(rb.label)})` },
        data: rbValues,
        color: seriesColor.regular,
        stack: 'funds',
      },
      {
        label: { zh: `预算外（${q(xb.label)}）`, en: `Extrabudgetary (${q(xb.label)})` },
        data: xbValues,
        color: seriesColor.extrabudgetary,
        stack: 'funds',
      },
    ],
    decimals: 1,
    extraColumns: [
      ...(total ? [{ label: TOTAL_PRINTED, cells: totalCols.map((c) => formatValue(valueAt(total, c), 1)), computed: false }] : []),
      {
        label: SHARE,
        cells: rbValues.map((r, i) => formatPercent(extrabudgetaryShare(r, xbValues[i]!))),
        computed: true,
      },
    ],
    notes: [
      {
        zh: `原文的共计一栏按预算外部分的栏目（${years.appropriation} 年估计数、${years.budget} 年估计数）印出。`,
        en: `The source prints the total under the extrabudgetary part's columns (${years.appropriation} and ${years.budget} estimates).`,
      },
    ],
    sources: [source(t)],
  };
}

/** Programme-wide: the change from the appropriation year to the budget year by component and subprogramme, as printed (变动：共计 and 变动), with printed percentages. */
export function changeChart(tables: ResourceTable[], documentId: string, years: BudgetYears): ChartSpec | null {
  const t = fundsTable(tables, documentId);
  if (!t) return null;
  const rb = unitRows(t, 'regular');
  const xb = unitRows(t, 'extrabudgetary');
  const rbChange = findColumn(t, 'regular', changeTotal);
  const xbChange = findColumn(t, 'extrabudgetary', changeTotal);
  const pct = findColumn(t, null, percent);
  const keys = rb.map((r) => leadingKey(r.label));
  const xbFor = (k: string | null) => xb.find((r) => leadingKey(r.label) === k);
  return {
    id: 'chart-change',
    caption: {
      zh: `${years.appropriation} 年至 ${years.budget} 年的变动：按构成部分和次级方案列示(${MONEY.zh})`,
      en: `Change from ${years.appropriation} to ${years.budget} by component and subprogramme (${MONEY.en})`,
    },
    summary: {
      zh: `横向条形图：表 ${t.number} 印出的 ${years.budget} 年相对 ${years.appropriation} 年的变动，经常预算（变动共计，重计费用前）和预算外资源（变动），按构成部分和次级方案列示；负数表示减少。`,
      en: `Horizontal bar chart: the change from ${years.appropriation} to ${years.budget} printed in table ${t.number}, regular budget (total change, before recosting) and extrabudgetary (change), by component and subprogramme; negative figures are decreases.`,
    },
    unit: MONEY,
    horizontal: true,
    stacked: false,
    categoryTitle: UNIT_HEAD,
    labels: rb.map(shortUnitLabel),
    rowLabels: rb.map((r) => printed(r.label)),
    datasets: [
      {
        label: { zh: '经常预算：变动共计', en: 'Regular budget: total change' },
        data: rb.map((r) => valueAt(r, rbChange)),
        color: seriesColor.regular,
      },
      {
        label: { zh: '预算外：变动', en: 'Extrabudgetary: change' },
        data: keys.map((k) => {
          const r = xbFor(k);
          return r ? valueAt(r, xbChange) : null;
        }),
        color: seriesColor.extrabudgetary,
      },
    ],
    decimals: 1,
    extraColumns: [
      {
        label: { zh: '经常预算：百分比（原文）', en: 'Regular budget: percentage (as printed)' },
        cells: rb.map((r) => formatValue(valueAt(r, pct), 1)),
        computed: false,
      },
      {
        label: { zh: '预算外：百分比（原文）', en: 'Extrabudgetary: percentage (as printed)' },
        cells: keys.map((k) => {
          const r = xbFor(k);
          return r ? formatValue(valueAt(r, pct), 1) : null;
        }),
        computed: false,
      },
    ],
    notes: [{ zh: '括号内为负数（减少），与原文一致。', en: 'Figures in brackets are negative (decreases), as in the source.' }],
    sources: [source(t)],
  };
}

/** Programme-wide: regular budget by object of expenditure (表 16.30), three years. */
export function objectOfExpenditureChart(
  tables: ResourceTable[],
  documentId: string,
  discrepancies: Discrepancy[],
  years: BudgetYears,
): ChartSpec | null {
  const t = objectTable(tables, documentId);
  if (!t) return null;
  const items = t.rows.filter((r) => r.kind === 'item');
  const total = t.rows.find((r) => r.kind === 'total');
  const cols = yearColumns(t, 'regular', years);
  return {
    id: 'chart-objects',
    caption: { zh: `经常预算：按支出用途列示(${MONEY.zh})`, en: `Regular budget by object of expenditure (${MONEY.en})` },
    summary: {
      zh: `横向条形图：表 ${t.number} 的经常预算按支出用途列示，${years.performance} 年支出数、${years.appropriation} 年拨款数、${years.budget} 年估计数（重计费用前）。员额在各年中占大部分${total ? `；${years.budget} 年共计 ${formatValue(valueAt(total, cols[2]), 1)} 千美元` : ''}。`,
      en: `Horizontal bar chart: the regular budget in table ${t.number} by object of expenditure: ${years.performance} expenditure, ${years.appropriation} appropriation, ${years.budget} estimate (before recosting). Posts take the largest part every year${total ? `; total ${years.budget}: ${formatValue(valueAt(total, cols[2]), 1)} thousand US dollars` : ''}.`,
    },
    unit: MONEY,
    horizontal: true,
    stacked: false,
    categoryTitle: { zh: '支出用途', en: 'Object of expenditure' },
    labels: items.map((r) => r.label),
    rowLabels: items.map((r) => printed(r.label)),
    datasets: cols.map((c, i) => ({ label: printed(t.columns[c] ?? ''), data: items.map((r) => valueAt(r, c)), color: yearColors[i]! })),
    decimals: 1,
    rowNotes: rowNotes(
      items.map((r) => r.line),
      totalNotesByLine(discrepancies, t.id),
    ),
    notes: total
      ? [{ zh: `共计（原文）：${printedValues(t, total, cols, 1)}。`, en: `Total (as printed): ${printedValues(t, total, cols, 1)}.` }]
      : [],
    sources: [source(t)],
  };
}

/** Programme-wide: regular budget posts by grade (表 16.32), appropriation year and budget year. */
export function postsByGradeChart(tables: ResourceTable[], documentId: string, years: BudgetYears): ChartSpec | null {
  const t = gradeTable(tables, documentId);
  if (!t) return null;
  const items = t.rows.filter((r) => r.kind === 'item');
  const total = t.rows.find((r) => r.kind === 'total');
  const cols = postColumns(t, 'regular', years);
  const subtotals = t.rows.filter((r) => r.kind === 'subtotal');
  return {
    id: 'chart-grades',
    caption: { zh: `经常预算员额：按职类和职等列示(${POSTS.zh})`, en: `Regular budget posts by category and grade (${POSTS.en})` },
    summary: {
      zh: `条形图：表 ${t.number} 的经常预算员额按职等列示，${years.appropriation} 年核定数和 ${years.budget} 年拟议数。${total ? `共计 ${years.appropriation} 年 ${formatValue(valueAt(total, cols[0]), 0)}、${years.budget} 年 ${formatValue(valueAt(total, cols[1]), 0)} 个员额。` : ''}`,
      en: `Bar chart: regular budget posts in table ${t.number} by grade, ${years.appropriation} approved and ${years.budget} proposed.${total ? ` Total: ${formatValue(valueAt(total, cols[0]), 0)} posts in ${years.appropriation}, ${formatValue(valueAt(total, cols[1]), 0)} in ${years.budget}.` : ''}`,
    },
    unit: POSTS,
    horizontal: false,
    stacked: false,
    categoryTitle: { zh: '职等', en: 'Grade' },
    labels: items.map((r) => r.label),
    rowLabels: items.map((r) => printed(r.group ? `${r.group}：${r.label}` : r.label)),
    datasets: cols.map((c, i) => ({
      label: printed(t.columns[c] ?? ''),
      data: items.map((r) => valueAt(r, c)),
      color: i === 0 ? seriesColor.appropriationYear : seriesColor.budgetYear,
    })),
    decimals: 0,
    notes: [...subtotals, ...(total ? [total] : [])].map((r) => {
      const name = q(r.group ? `${r.group}${r.label}` : r.label);
      return { zh: `${name}（原文）：${printedValues(t, r, cols, 0)}。`, en: `${name} (as printed): ${printedValues(t, r, cols, 0)}.` };
    }),
    sources: [source(t)],
  };
}

/** Programme-wide: posts by component and subprogramme (表 16.34), regular budget and extrabudgetary, appropriation year and budget year. */
export function postsByUnitChart(tables: ResourceTable[], documentId: string, years: BudgetYears): ChartSpec | null {
  const t = postsByUnitTable(tables, documentId);
  if (!t) return null;
  const rb = unitRows(t, 'regular');
  const xb = unitRows(t, 'extrabudgetary');
  const keys = rb.map((r) => leadingKey(r.label));
  const xbFor = (k: string | null) => xb.find((r) => leadingKey(r.label) === k);
  const [rbNow, rbNext] = postColumns(t, 'regular', years);
  const [xbNow, xbNext] = postColumns(t, 'extrabudgetary', years);
  const [now, next] = [String(years.appropriation), String(years.budget)];
  const xbValues = (c: number) =>
    keys.map((k) => {
      const r = xbFor(k);
      return r ? valueAt(r, c) : null;
    });
  return {
    id: 'chart-posts-units',
    caption: {
      zh: `员额：按资金来源、构成部分和次级方案列示(${POSTS.zh})`,
      en: `Posts by source of funds, component and subprogramme (${POSTS.en})`,
    },
    summary: {
      zh: `横向堆叠条形图：表 ${t.number} 的员额，每个构成部分或次级方案两条：${now} 年（经常预算核定数 + 预算外估计数）和 ${next} 年（经常预算拟议数 + 预算外估计数）。`,
      en: `Horizontal stacked bar chart: posts in table ${t.number}, two bars per component or subprogramme: ${now} (regular budget approved + extrabudgetary estimate) and ${next} (regular budget proposed + extrabudgetary estimate).`,
    },
    unit: POSTS,
    horizontal: true,
    stacked: true,
    categoryTitle: UNIT_HEAD,
    labels: rb.map(shortUnitLabel),
    rowLabels: rb.map((r) => printed(r.label)),
    datasets: [
      {
        label: { zh: `经常预算 ${now} 年核定数`, en: `Regular budget ${now} approved` },
        data: rb.map((r) => valueAt(r, rbNow)),
        color: seriesColor.regular,
        stack: now,
      },
      {
        label: { zh: `预算外 ${now} 年估计数`, en: `Extrabudgetary ${now} estimate` },
        data: xbValues(xbNow),
        color: seriesColor.extrabudgetary,
        stack: now,
      },
      {
        label: { zh: `经常预算 ${next} 年拟议数`, en: `Regular budget ${next} proposed` },
        data: rb.map((r) => valueAt(r, rbNext)),
        color: seriesColor.regularLight,
        stack: next,
      },
      {
        label: { zh: `预算外 ${next} 年估计数`, en: `Extrabudgetary ${next} estimate` },
        data: xbValues(xbNext),
        color: seriesColor.extrabudgetaryLight,
        stack: next,
      },
    ],
    decimals: 0,
    notes: [{ zh: `每行两条堆叠条：上为 ${now} 年，下为 ${next} 年。`, en: `Two stacked bars a row: ${now} above, ${next} below.` }],
    sources: [source(t)],
  };
}

export { stripNumber };
