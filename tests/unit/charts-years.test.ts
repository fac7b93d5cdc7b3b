/**
 * The charts parse the genre, not one seed: every year they use is derived from the fascicle's budget year or read
 * from the printed column heads. Proof: the real records with every year moved on by one (document year, deliverable
 * and measure columns, resource column heads and titles — what next year's fascicle would print) give the same
 * charts, with the same values and every year in every label moved on by one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Collections } from '../../core/schemas/collections.ts';
import { specIn, type ChartSpec } from '../../src/lib/charts/spec.ts';
import {
  changeChart,
  fundsBySourceChart,
  fundsByUnitChart,
  fundsTable,
  objectOfExpenditureChart,
  postsByGradeChart,
  postsByUnitChart,
  postsByUnitTable,
  unitFundingChart,
  unitObjectChart,
  unitPostsChart,
} from '../../src/lib/charts/resources.ts';
import { deliverableGaps, deliverablesByUnitOfMeasure, deliverablesChart, gapsChart } from '../../src/lib/charts/deliverables.ts';
import { measureTimeline } from '../../src/lib/charts/measures.ts';
import { budgetYearColumn, findColumn, yearColumn } from '../../src/lib/charts/resource-table.ts';
import { type BudgetYears, budgetYears, budgetYearsOf, programmeChartHeadings } from '../../src/lib/charts/years.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { readSeedFolder } from '../../scripts/pipeline/seeds.ts';

/** A chart as the Chinese interface reads it (every text plain Chinese). */
function zh<S extends ChartSpec | null>(spec: S): S {
  return (spec === null ? null : specIn(spec, 'zh')) as S;
}

const root = resolve(import.meta.dirname, '../..');
const load = <K extends keyof Collections>(name: K): Collections[K] =>
  JSON.parse(readFileSync(resolve(root, 'content', `${name}.json`), 'utf8'));
type Corpus = Pick<
  Collections,
  'documents' | 'deliverables' | 'resourceTables' | 'subprogrammes' | 'discrepancies' | 'performanceMeasures' | 'figures'
>;
const real: Corpus = {
  documents: load('documents'),
  deliverables: load('deliverables'),
  resourceTables: load('resourceTables'),
  subprogrammes: load('subprogrammes'),
  discrepancies: load('discrepancies'),
  performanceMeasures: load('performanceMeasures'),
  figures: load('figures'),
};
const doc = 'a-76-6-sect-16';

/** A four-digit year 20xx standing alone ("2020 年支出数", "2021(计划业绩)", "2022年估计数"), moved on by one. */
const shiftText = (s: string) => s.replace(/(?<!\d)20\d\d(?!\d)/g, (y) => String(Number(y) + 1));

/** Every string with its years moved on, every numeric `year` field moved on; all other numbers (the values) kept. */
function shiftYears<T>(x: T): T {
  if (typeof x === 'string') return shiftText(x) as T;
  if (Array.isArray(x)) return x.map(shiftYears) as T;
  if (x !== null && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === 'year' && typeof v === 'number' ? v + 1 : shiftYears(v)])) as T;
  }
  return x;
}

/** Every chart the site draws for one fascicle (programme page, each subprogramme page, each result page). */
function allCharts(c: Corpus, years: BudgetYears) {
  const gaps = deliverableGaps(c.deliverables, doc, years);
  const units = c.subprogrammes.filter((s) => s.documentId === doc);
  return {
    headings: programmeChartHeadings(years),
    gaps,
    common: zh(deliverablesChart(c.deliverables, 'programme', doc, c.discrepancies, years)),
    byMeasure: deliverablesByUnitOfMeasure(c.deliverables, doc, c.subprogrammes, c.discrepancies, years).map(zh),
    shortfalls: zh(gapsChart(gaps.shortfalls, 'shortfalls', 8, years)),
    overshoots: zh(gapsChart(gaps.overshoots, 'overshoots', 8, years)),
    source: zh(fundsBySourceChart(c.resourceTables, doc, years)),
    regular: zh(fundsByUnitChart(c.resourceTables, doc, 'regular', c.discrepancies, years)),
    extrabudgetary: zh(fundsByUnitChart(c.resourceTables, doc, 'extrabudgetary', c.discrepancies, years)),
    change: zh(changeChart(c.resourceTables, doc, years)),
    objects: zh(objectOfExpenditureChart(c.resourceTables, doc, c.discrepancies, years)),
    grades: zh(postsByGradeChart(c.resourceTables, doc, years)),
    posts: zh(postsByUnitChart(c.resourceTables, doc, years)),
    units: units.map((sp) => ({
      deliverables: zh(deliverablesChart(c.deliverables, sp.key, doc, c.discrepancies, years)),
      funding: zh(unitFundingChart(c.resourceTables, sp, years)),
      objects: zh(unitObjectChart(c.resourceTables, sp, c.discrepancies, years)),
      posts: zh(unitPostsChart(c.resourceTables, sp, years)),
    })),
    measures: c.performanceMeasures.filter((m) => m.documentId === doc).map((m) => measureTimeline(m, c.figures, years)),
  };
}

const years = budgetYearsOf(real.documents, doc);
const next = shiftYears(real);
const nextYears = budgetYearsOf(next.documents, doc);
const now = allCharts(real, years);
const later = allCharts(next, nextYears);

/** Specs of every bar chart in a result of allCharts, flattened. */
function specsOf(charts: ReturnType<typeof allCharts>): ChartSpec[] {
  const all = [
    charts.common,
    ...charts.byMeasure,
    charts.shortfalls,
    charts.overshoots,
    charts.source,
    charts.regular,
    charts.extrabudgetary,
    charts.change,
    charts.objects,
    charts.grades,
    charts.posts,
    ...charts.units.flatMap((u) => [u.deliverables, u.funding, u.objects, u.posts]),
  ];
  return all.filter((s): s is ChartSpec => s !== null);
}
const values = (spec: ChartSpec) => spec.datasets.map((d) => d.data);

describe('the years of a budget fascicle', () => {
  test('derived from the budget year alone', () => {
    expect(budgetYears(2022)).toEqual({
      budget: 2022,
      appropriation: 2021,
      performance: 2020,
      measureYears: [2018, 2019, 2020, 2021, 2022],
    });
    expect(budgetYears(2023)).toEqual({
      budget: 2023,
      appropriation: 2022,
      performance: 2021,
      measureYears: [2019, 2020, 2021, 2022, 2023],
    });
    expect(years).toEqual(budgetYears(real.documents.find((d) => d.id === doc)!.year));
  });

  test('only a budget fascicle has them', () => {
    const other = real.documents.find((d) => d.kind !== 'budget-fascicle')!;
    expect(() => budgetYearsOf(real.documents, other.id)).toThrow(/not a budget fascicle/);
    expect(() => budgetYearsOf(real.documents, 'no-such-document')).toThrow();
  });

  test('a year column is found by its typed role and the year that role has, not by its caption', () => {
    const t = fundsTable(real.resourceTables, doc)!;
    const estimate = (year: number) => t.columns[findColumn(t, 'extrabudgetary', yearColumn(year, ['estimate'], null))];
    // Extrabudgetary estimates of both years; an estimate "before recosting" is the regular budget's, never taken here.
    expect(estimate(years.appropriation)?.replace(/\s+/g, '')).toBe(`${years.appropriation}年估计数`);
    expect(estimate(years.budget)?.replace(/\s+/g, '')).toBe(`${years.budget}年估计数`);
    expect(findColumn(t, null, yearColumn(years.appropriation, ['expenditure']))).toBe(-1);
    const before = t.columns[findColumn(t, 'regular', budgetYearColumn(years.budget))]!;
    expect(before).toMatch(/重计费用?前/);
    expect(t.columnTypes[findColumn(t, 'regular', budgetYearColumn(years.budget))]).toMatchObject({
      role: 'estimate',
      qualifier: 'before-recosting',
      year: years.budget,
    });
  });
});

describe('a measure year the table leaves out', () => {
  test('stays empty, with the status its role gives it (a performance year: actual), in either fascicle', () => {
    for (const [c, y] of [
      [real, years],
      [next, nextYears],
    ] as const) {
      const m = c.performanceMeasures.find((x) => x.documentId === doc && x.kind === 'table' && x.years.length === 5)!;
      const first = m.years[0]!.year;
      const t = measureTimeline({ ...m, years: m.years.slice(1) }, c.figures, y);
      if (t.kind !== 'text') throw new Error('expected a text timeline');
      expect(first).toBe(y.measureYears[0]);
      expect(t.years[0]).toEqual({ year: first, status: 'actual', label: String(first), notes: [], text: null });
      expect(t.years.map((x) => x.year)).toEqual(y.measureYears);
    }
  });
});

describe("next year's fascicle, every year moved on by one, gives the same charts", () => {
  test("the shifted corpus really is next year's: budget year, column heads, measure years", () => {
    expect(nextYears).toEqual(budgetYears(years.budget + 1));
    const t = fundsTable(next.resourceTables, doc)!;
    expect(t.columns.map((c) => c.replace(/\s+/g, ''))).toContain(`${years.budget + 1}年估计数`);
    expect(t.columns.map((c) => c.replace(/\s+/g, ''))).not.toContain(`${years.performance}年支出数`);
    // The posts overview is found by a title that now names the new budget year.
    expect(postsByUnitTable(next.resourceTables, doc)!.title).toContain(`${years.budget + 1} 年`);
  });

  test('the comparison is not vacuous: the current fascicle charts real numbers', () => {
    const specs = specsOf(now);
    expect(specs.length).toBeGreaterThan(30);
    for (const spec of specs)
      expect(
        spec.datasets.some((d) => d.data.some((v) => v !== null)),
        spec.id,
      ).toBe(true);
    expect(now.measures.length).toBeGreaterThan(0);
  });

  test('every chart, heading and timeline: same values, same colours, each year in each label one later', () => {
    expect(later).toEqual(shiftYears(now));
  });

  test('spot checks: resource columns, deliverable columns and timelines name the new years with the old values', () => {
    expect(later.regular!.datasets.map((d) => d.label)).toEqual([
      `${years.performance + 1} 年支出数`,
      `${years.appropriation + 1} 年批款数`,
      `${years.budget + 1} 年估计数(重计费用前)`,
    ]);
    expect(values(later.regular!)).toEqual(values(now.regular!));
    expect(values(later.source!)).toEqual(values(now.source!));
    expect(later.source!.labels[0]).toBe(`${years.performance + 1} 年支出数`);
    expect(later.posts!.datasets.map((d) => d.stack)).toEqual([
      String(years.budget),
      String(years.budget),
      String(years.budget + 1),
      String(years.budget + 1),
    ]);
    const sp3 = later.units[real.subprogrammes.filter((s) => s.documentId === doc).findIndex((s) => s.key === '3')]!.deliverables!;
    expect(sp3.datasets.map((d) => d.label)).toEqual([
      `${years.performance + 1} 年 计划数`,
      `${years.performance + 1} 年 实际数`,
      `${years.appropriation + 1} 年 计划数`,
      `${years.budget + 1} 年 计划数`,
    ]);
    expect(later.shortfalls!.datasets.map((d) => d.color)).toEqual(now.shortfalls!.datasets.map((d) => d.color));
    expect(later.gaps.shortfalls.map((g) => [g.planned, g.actual])).toEqual(now.gaps.shortfalls.map((g) => [g.planned, g.actual]));
    const timeline = later.measures.find((m) => m.kind === 'text')!;
    if (timeline.kind !== 'text') throw new Error('expected a text timeline');
    expect(timeline.years.map((y) => y.year)).toEqual(nextYears.measureYears);
    expect(later.headings.change.zh).toBe(`${years.budget} 年至 ${years.budget + 1} 年的变动`);
  });

  test("read with this year's years, next year's tables give other charts: the years really come from the document", () => {
    const stale = allCharts(next, years);
    // Columns of the wrong years are missed or, where next year prints the same head for another role, mistaken.
    expect(values(zh(fundsBySourceChart(next.resourceTables, doc, years))!)).not.toEqual(values(now.source!));
    expect(stale.gaps.shortfalls).toEqual([]);
    expect(stale).not.toEqual(later);
  });
});

describe("next year's fascicle as text, through the parser", () => {
  // The seed itself with the years of its budget cycle (Y−4…Y) moved on where the genre prints them: before 年 and as
  // a measure head ("2021(计划业绩)"). A footnote naming an earlier budget by its symbol ("… 年拟议方案预算(A/75/6 …)")
  // stays as it is: next year's fascicle cites the same earlier budgets. Other years of the text (a review cycle's
  // start, the 2030 Agenda) are not the budget's and stay too.
  const folder = readSeedFolder(resolve(root, 'seeds'));
  const seed = folder.seeds.find((f) => f.entry?.kind === 'budget-fascicle' && f.entry.year === years.budget)!;
  const cycle = `(?<!\\d)(${years.measureYears.join('|')})`;
  const printedYear = new RegExp(`${cycle}(?=\\s*年(?!拟议方案预算\\s*[(（][A-Z]/)|\\s*[(（](实际|计划))`, 'g');
  const nextText = Buffer.from(seed.bytes)
    .toString('utf8')
    .replace(printedYear, (y) => String(Number(y) + 1));
  const parsed = runPipeline([seed]);
  const parsedNext = runPipeline([
    { file: seed.file, bytes: Buffer.from(nextText, 'utf8'), entry: { ...seed.entry!, year: years.budget + 1 } },
  ]);
  /** The expected charts: the current ones with each year of the budget cycle moved on, nothing else. */
  const shiftCycle = <T>(x: T): T => {
    if (typeof x === 'string') return x.replace(new RegExp(cycle, 'g'), (y) => String(Number(y) + 1)) as T;
    if (Array.isArray(x)) return x.map(shiftCycle) as T;
    if (x !== null && typeof x === 'object') {
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === 'year' && typeof v === 'number' ? v + 1 : shiftCycle(v)])) as T;
    }
    return x;
  };

  test("the shifted text parses without errors and really prints next year's columns", () => {
    expect(parsedNext.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(nextText).not.toBe(Buffer.from(seed.bytes).toString('utf8'));
    const t = fundsTable(parsedNext.collections.resourceTables, doc)!;
    expect(t.columns.map((c) => c.replace(/\s+/g, ''))).toContain(`${years.budget + 1}年估计数(重计费用前)`);
  });

  test('every chart of the re-parsed fascicle is the current one, its budget years moved on by one', () => {
    const charts = allCharts(parsed.collections, budgetYearsOf(parsed.collections.documents, doc));
    const nextCharts = allCharts(parsedNext.collections, budgetYearsOf(parsedNext.collections.documents, doc));
    expect(specsOf(charts).length).toBeGreaterThan(30);
    expect(nextCharts).toEqual(shiftCycle(charts));
  });
});
