/**
 * Chart data comes out of the collections exactly: the numbers of every chart are checked against the records and,
 * for spot checks, against the seed text itself (the line the record was read from must print the value).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Collections } from '../../core/schemas/collections.ts';
import { chartText, formatPercent, formatValue, specIn, sumOrNull, type ChartSpec } from '../../src/lib/charts/spec.ts';
import {
  changeChart,
  extrabudgetaryShare,
  fundsBySourceChart,
  fundsByUnitChart,
  fundsTable,
  objectOfExpenditureChart,
  postsByGradeChart,
  postsByUnitChart,
  unitFundingChart,
  unitObjectChart,
  unitPostsChart,
} from '../../src/lib/charts/resources.ts';
import {
  deliverableGaps,
  deliverablesByUnitOfMeasure,
  deliverablesChart,
  gapsChart,
  measureUnit,
} from '../../src/lib/charts/deliverables.ts';
import { markNumbers, measureTimeline } from '../../src/lib/charts/measures.ts';
import { mandateMatrix, mostCited, resolutionsBySession, resolutionsByYear } from '../../src/lib/charts/resolutions.ts';
import { canvasHeight, specJson } from '../../src/lib/charts/render.ts';
import { budgetYearsOf } from '../../src/lib/charts/years.ts';

/** A chart as the Chinese interface reads it (every text plain Chinese). */
function zh<S extends ChartSpec | null>(spec: S): S {
  return (spec === null ? null : specIn(spec, 'zh')) as S;
}

const root = resolve(import.meta.dirname, '../..');
const load = <K extends keyof Collections>(name: K): Collections[K] =>
  JSON.parse(readFileSync(resolve(root, 'content', `${name}.json`), 'utf8'));
const c = {
  deliverables: load('deliverables'),
  resourceTables: load('resourceTables'),
  subprogrammes: load('subprogrammes'),
  discrepancies: load('discrepancies'),
  performanceMeasures: load('performanceMeasures'),
  figures: load('figures'),
  resolutions: load('resolutions'),
  mandates: load('mandates'),
  documents: load('documents'),
  tables: load('tables'),
};
const seed = readFileSync(resolve(root, 'seeds/000_cd0c42d1527a0344.txt'), 'utf8').split('\n');
/** The seed's line n (1-based), its cells split on tabs. */
const seedCells = (line: number) => seed[line - 1]!.split('\t').map((s) => s.trim());
const doc = 'a-76-6-sect-16';
/** The fascicle's years, from its budget year (documents.json), as the pages derive them. */
const years = budgetYearsOf(c.documents, doc);
const sp = (key: string) => c.subprogrammes.find((s) => s.documentId === doc && s.key === key)!;
const series = (spec: ChartSpec, label: string) => spec.datasets.find((d) => d.label === label)!.data;

/** Every chart is internally consistent: one value per label per dataset, as many row labels as labels. */
function expectWellFormed(spec: ChartSpec) {
  expect(spec.labels.length).toBeGreaterThan(0);
  expect(spec.rowLabels).toHaveLength(spec.labels.length);
  for (const d of spec.datasets) expect(d.data).toHaveLength(spec.labels.length);
  for (const e of spec.extraColumns ?? []) expect(e.cells).toHaveLength(spec.labels.length);
  if (spec.rowNotes) expect(spec.rowNotes).toHaveLength(spec.labels.length);
  expect(chartText(spec.summary, 'zh').length).toBeGreaterThan(20);
  expect(spec.unit).not.toBe('');
}

describe('number formatting as the UN tables print it', () => {
  test('groups, decimals, negatives in parentheses, dash for none', () => {
    expect(formatValue(3172.3, 1)).toBe('3 172.3');
    expect(formatValue(1257, 1)).toBe('1 257.0');
    expect(formatValue(-26.3, 1)).toBe('(26.3)');
    expect(formatValue(118116.1, 1)).toBe('118 116.1');
    expect(formatValue(null, 1)).toBe('—');
    expect(formatValue(644, 0)).toBe('644');
    expect(formatPercent(96.71)).toBe('96.7%');
    expect(sumOrNull([null, null])).toBeNull();
    expect(sumOrNull([0.1, 0.2, null])).toBe(0.3);
  });
});

describe('resources', () => {
  test('subprogramme 1: 2022 regular budget estimate 3 172.3 and extrabudgetary 118 116.1 (表 16.33), as the seed prints them', () => {
    const spec = zh(unitFundingChart(c.resourceTables, sp('1'), years))!;
    expectWellFormed(spec);
    expect(series(spec, '经常预算')).toEqual([3026.6, 3198.6, 3172.3]);
    expect(series(spec, '预算外')).toEqual([88762.5, 118976.9, 118116.1]);
    // The seed's rows for subprogramme 1 in both parts of 表 16.33.
    expect(seedCells(2362)).toEqual(['1. 打击跨国组织犯罪', '3 026.6', '3 198.6', '—', '—', '(26.3)', '(26.3)', '(0.8)', '3 172.3']);
    expect(seedCells(2381)).toEqual(['1. 打击跨国组织犯罪', '88 762.5', '118 976.9', '(860.8)', '(0.7)', '118 116.1']);
    expect(spec.extraColumns![0]!.cells[2]).toBe(formatPercent(extrabudgetaryShare(3172.3, 118116.1)));
    expect(spec.extraColumns![0]!.computed).toBe(true);
  });

  test('every subprogramme with a row in 表 16.33 gets a funding chart whose values are those of its two rows', () => {
    const t = fundsTable(c.resourceTables, doc)!;
    for (const key of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
      const spec = zh(unitFundingChart(c.resourceTables, sp(key), years))!;
      const rows = t.rows.filter((r) => r.kind === 'item' && r.label.startsWith(`${key}. `));
      expect(rows).toHaveLength(2);
      for (const [i, row] of rows.entries()) {
        const cells = seedCells(row.line);
        for (const v of spec.datasets[i]!.data) expect(cells).toContain(formatValue(v, 1));
      }
    }
    expect(zh(unitFundingChart(c.resourceTables, sp('9.1'), years))).toBeNull();
  });

  test('subprogramme 1 by main category of expenditure (表 16.40): posts, non-posts and the printed total', () => {
    const spec = zh(unitObjectChart(c.resourceTables, sp('1'), c.discrepancies, years))!;
    expectWellFormed(spec);
    expect(spec.datasets.map((d) => d.label)).toEqual(['员额', '非员额']);
    expect(series(spec, '员额')).toEqual([2747.3, 2960.9, 2960.9]);
    expect(series(spec, '非员额')).toEqual([279.3, 237.7, 211.4]);
    expect(spec.extraColumns![0]!.cells).toEqual(['3 026.6', '3 198.6', '3 172.3']);
    expect(seedCells(2627)).toEqual(['非员额', '279.3', '237.7', '—', '—', '(26.3)', '(26.3)', '211.4']);
  });

  test('subprogramme 1 posts: regular budget by category (表 16.40), extrabudgetary (表 16.34)', () => {
    const spec = zh(unitPostsChart(c.resourceTables, sp('1'), years))!;
    expectWellFormed(spec);
    expect(series(spec, '经常预算：专业及以上职类')).toEqual([13, 13]);
    expect(series(spec, '经常预算：一般事务及有关职类')).toEqual([5, 5]);
    expect(series(spec, '预算外')).toEqual([160, 160]);
  });

  test('programme: regular budget by component and subprogramme equals the item rows of part (1) of 表 16.33, line by line', () => {
    const spec = zh(fundsByUnitChart(c.resourceTables, doc, 'regular', c.discrepancies, years))!;
    expectWellFormed(spec);
    const t = fundsTable(c.resourceTables, doc)!;
    const rows = t.rows.filter((r) => r.part?.includes('经常预算') && r.kind === 'item');
    expect(spec.rowLabels).toEqual(rows.map((r) => r.label));
    expect(spec.labels).toContain('次级方案 9');
    for (const [i, row] of rows.entries()) {
      for (const d of spec.datasets) expect(seedCells(row.line)).toContain(formatValue(d.data[i]!, 1));
    }
    expect(spec.datasets.map((d) => d.label)).toEqual(['2020 年支出数', '2021 年批款数', '2022 年估计数(重计费用前)']);
  });

  test('programme: extrabudgetary by subprogramme uses the estimate columns (2021 年估计数, 2022年估计数)', () => {
    const spec = zh(fundsByUnitChart(c.resourceTables, doc, 'extrabudgetary', c.discrepancies, years))!;
    expectWellFormed(spec);
    const i = spec.labels.indexOf('次级方案 5');
    expect(spec.datasets.map((d) => d.data[i])).toEqual([46928.3, 49891.6, 58998.7]);
  });

  test('programme: source of funds from the part subtotals, with the printed total', () => {
    const spec = zh(fundsBySourceChart(c.resourceTables, doc, years))!;
    expectWellFormed(spec);
    expect(spec.datasets[0]!.data).toEqual([21616.5, 23363.1, 22711.8]);
    expect(spec.datasets[1]!.data).toEqual([272474.3, 319015.6, 330114.6]);
    expect(spec.extraColumns![0]!.cells).toEqual(['294 090.8', '342 378.7', '352 826.4']);
  });

  test('programme: change 2021→2022 as printed, per component and subprogramme', () => {
    const spec = zh(changeChart(c.resourceTables, doc, years))!;
    expectWellFormed(spec);
    const at = (label: string) => spec.datasets.map((d) => d.data[spec.labels.indexOf(label)]);
    expect(at('A. 决策机关')).toEqual([-579.4, null]);
    expect(at('次级方案 5')).toEqual([-3, 9107]);
    expect(spec.extraColumns![1]!.cells[spec.labels.indexOf('次级方案 5')]).toBe('18.3');
  });

  test('programme: object of expenditure (表 16.30) and posts by grade (表 16.32) match the seed lines', () => {
    const objects = zh(objectOfExpenditureChart(c.resourceTables, doc, c.discrepancies, years))!;
    expectWellFormed(objects);
    expect(objects.labels[0]).toBe('员额');
    expect(objects.datasets.map((d) => d.data[0])).toEqual([19422.5, 20419.4, 20419.4]);
    expect(seedCells(2291)).toEqual(['员额', '19 422.5', '20 419.4', '—', '—', '—', '—', '—', '20 419.4']);
    const grades = zh(postsByGradeChart(c.resourceTables, doc, years))!;
    expectWellFormed(grades);
    expect(grades.datasets.map((d) => d.data[grades.labels.indexOf('P-4')])).toEqual([32, 32]);
    expect(seedCells(2330)).toEqual(['P-4', '32', '—', '—', '—', '—', '—', '32']);
    expect(grades.datasets[0]!.data.reduce((a, b) => a! + b!, 0)).toBe(125);
  });

  test('programme: posts by subprogramme (表 16.34): regular 2021/2022 and extrabudgetary estimates', () => {
    const spec = zh(postsByUnitChart(c.resourceTables, doc, years))!;
    expectWellFormed(spec);
    const i = spec.labels.indexOf('次级方案 9');
    expect(spec.datasets.map((d) => d.data[i])).toEqual([38, 18, 38, 18]);
  });
});

describe('deliverables', () => {
  test('subprogramme 3 (表 16.13): subcategory rows in source order, values as the seed prints them', () => {
    const spec = zh(deliverablesChart(c.deliverables, '3', doc, c.discrepancies, years))!;
    expectWellFormed(spec);
    expect(spec.datasets.map((d) => d.label)).toEqual(['2020 年 计划数', '2020 年 实际数', '2021 年 计划数', '2022 年 计划数']);
    expect(spec.rowLabels[0]).toBe('A. 协助政府间进程和专家机构：议事机构文件(文件数目)');
    const i = spec.labels.indexOf('A 实质性会议服务(3 小时会议次数)');
    expect(spec.datasets.map((d) => d.data[i])).toEqual([42, 24, 58, 42]);
    expect(seedCells(850)).toEqual(['实质性会议服务(3 小时会议次数)', '42', '24', '58', '42']);
  });

  test("the source's totals that do not add up are shown on their rows (表 16.13, line 855)", () => {
    const spec = zh(deliverablesChart(c.deliverables, '3', doc, c.discrepancies, years))!;
    const row = c.deliverables.find((d) => d.table === `${doc}/table-16.13` && d.line === 855)!;
    const i = spec.rowLinks!.indexOf(row.url);
    expect(spec.rowNotes![i]).toContain('2022 年 计划数: 2');
    expect(spec.rowNotes![i]).toContain('2022 年 计划数: 1');
    // The chart keeps the printed value, never the computed one.
    expect(spec.datasets[3]!.data[i]).toBe(2);
    // Line 858's 5 is not a wrong total: item 11 leaves that cell blank (a blank-cell discrepancy on the item's row).
    expect(spec.rowNotes!.filter((n) => n !== null)).toHaveLength(1);
  });

  test('record order does not matter (the content layer sorts by id)', () => {
    const a = zh(deliverablesChart(c.deliverables, '9.2', doc, c.discrepancies, years))!;
    const b = zh(deliverablesChart([...c.deliverables].reverse(), '9.2', doc, c.discrepancies, years))!;
    expect(b).toEqual(a);
  });

  test('by unit of measure: every subcategory row lands in exactly one chart, and like is compared with like', () => {
    const specs = deliverablesByUnitOfMeasure(c.deliverables, doc, c.subprogrammes, c.discrepancies, years).map(zh);
    const subcategories = c.deliverables.filter((d) => d.documentId === doc && d.kind === 'subcategory');
    expect(specs.reduce((n, s) => n + s.labels.length, 0)).toBe(subcategories.length);
    for (const s of specs) expectWellFormed(s);
    const meetings = specs.find((s) => chartText(s.unit, 'zh').includes('3 小时会议次数'))!;
    expect(chartText(meetings.unit, 'zh')).toContain('三小时会议次数');
    expect(measureUnit('议事机构文件(文件数目)')).toBe('文件数目');
    // The discrepancy of 表 16.29 (line 2250) shows in the chart that holds that row.
    const notes = specs.flatMap((s) => s.rowNotes ?? []).filter((n) => n !== null);
    expect(notes).toHaveLength(2);
  });

  test('largest shortfalls and overshoots of 2020, from printed numbers only', () => {
    const gaps = deliverableGaps(c.deliverables, doc, years);
    expect(gaps.shortfalls[0]!.row.unit).toBe('4');
    expect([gaps.shortfalls[0]!.planned, gaps.shortfalls[0]!.actual]).toEqual([12, 3]);
    expect(gaps.overshoots[0]!.row.unit).toBe('9.2');
    expect([gaps.overshoots[0]!.planned, gaps.overshoots[0]!.actual]).toEqual([4, 28]);
    for (const g of [...gaps.shortfalls, ...gaps.overshoots]) expect(g.difference).toBe(g.actual - g.planned);
    // "—" is not read as 0: subprogramme 5's meetings (3 planned, "—" actual) are set aside, not ranked.
    expect(gaps.undelivered.map((r) => r.unit)).toContain('5');
    expect(gaps.unplanned.map((r) => r.unit)).toContain('1');
    const spec = zh(gapsChart(gaps.shortfalls, 'shortfalls', 5, years))!;
    expectWellFormed(spec);
    expect(spec.datasets[0]!.data[0]).toBe(12);
    expect(spec.extraColumns![0]!.cells[0]).toBe('(9)');
  });
});

describe('performance measures', () => {
  test('a table measure becomes a 2018–2022 timeline with the printed text per year', () => {
    const m = c.performanceMeasures.find((x) => x.id === `${doc}/table-16.3`)!;
    const t = measureTimeline(m, c.figures, years, c.tables);
    expect(t.kind).toBe('text');
    if (t.kind !== 'text') return;
    expect(t.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(t.years.map((y) => y.status)).toEqual(['actual', 'actual', 'actual', 'planned', 'planned']);
    expect(t.years[3]!.text).toBe(m.years[3]!.text);
    // The printed `^a` becomes a footnote mark linked to the table's note, not text in the label.
    expect(t.years[3]!.label).toBe('2021(计划业绩)');
    expect(t.years[3]!.notes).toEqual(['a']);
    expect(t.notes.map((n) => n.mark)).toContain('a');
  });

  test('a measure that prints fewer years keeps the missing years empty, never filled in', () => {
    const m = c.performanceMeasures.find((x) => x.id === `${doc}/table-16.2`)!;
    const t = measureTimeline(m, c.figures, years);
    if (t.kind !== 'text') throw new Error('expected text');
    expect(t.years.filter((y) => y.text === null).map((y) => y.year)).toEqual([2021, 2022]);
  });

  test('a lost figure gives its title and the sentences the text states, verbatim, with the numbers marked', () => {
    const m = c.performanceMeasures.find((x) => x.id === `${doc}/figure-16.I`)!;
    const t = measureTimeline(m, c.figures, years);
    if (t.kind !== 'lost-figure') throw new Error('expected a lost figure');
    const figure = c.figures.find((f) => f.id === m.id)!;
    expect(t.stated.map((s) => s.parts.map((p) => p.text).join(''))).toEqual(figure.statedInText.map((s) => s.text));
    expect(t.stated[0]!.parts.filter((p) => p.number).map((p) => p.text)).toEqual(['20']);
    expect(seed[333]).toContain('20 个会员国');
  });

  test('number marking keeps references unmarked and the text intact', () => {
    const text = '上述工作促进了目标，证明是 727 名人员(见图 16.四)，另见表 16.2 和 2 000 多起案件，增长 12.5%。';
    const parts = markNumbers(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.number).map((p) => p.text)).toEqual(['727', '2 000', '12.5%']);
  });
});

describe('resolution index', () => {
  test('by year: only years the source fixes: GA 65/308 in 2011 (printed), CND 56/9 in 2013, ECOSOC 2017/18 in 2017; GA 74/247 in none', () => {
    const spec = zh(resolutionsByYear(c.resolutions));
    expectWellFormed(spec);
    const count = (year: number, body: string) => spec.datasets.find((d) => d.label === body)!.data[spec.labels.indexOf(String(year))];
    const expected = (year: number, b: string) => c.resolutions.filter((r) => r.year === year && r.body === b).length;
    expect(c.resolutions.find((r) => r.id === 'ga-resolution-74-247')!.year).toBe(null);
    expect(c.resolutions.find((r) => r.id === 'ga-resolution-65-308')!.year).toBe(2011);
    expect(c.resolutions.find((r) => r.id === 'ga-decision-74-550-b')!.year).toBe(null);
    expect(count(2011, '大会')).toBe(expected(2011, 'GA'));
    expect(c.resolutions.find((r) => r.id === 'cnd-resolution-56-9')!.year).toBe(2013);
    expect(c.resolutions.find((r) => r.id === 'ecosoc-resolution-2017-18')!.year).toBe(2017);
    expect(count(2019, '大会')).toBe(expected(2019, 'GA'));
    expect(count(2013, '麻醉药品委员会')).toBe(expected(2013, 'CND'));
    expect(count(2017, '经济及社会理事会')).toBe(expected(2017, 'ECOSOC'));
    // A true time axis: consecutive years; a year the corpus cites nothing from counts 0.
    expect(spec.labels.map(Number)).toEqual(spec.labels.map((_, i) => Number(spec.labels[0]) + i));
    const empty = spec.labels.find((y) => !c.resolutions.some((r) => r.year === Number(y)))!;
    expect(spec.datasets.map((d) => d.data[spec.labels.indexOf(empty)])).toEqual(spec.datasets.map(() => 0));
    const total = spec.datasets.flatMap((d) => d.data).reduce((a, b) => a! + b!, 0);
    const undated = c.resolutions.filter((r) => r.year === null);
    expect(total).toBe(c.resolutions.length - undated.length);
    expect(spec.notes.map((n) => chartText(n, 'zh')).join('')).toContain(`另有 ${undated.length} 项`);
  });

  test('by session: CND session 56 holds 56/9', () => {
    const cnd = resolutionsBySession(c.resolutions).find((s) => s.body === 'CND')!;
    const s56 = cnd.sessions.find((s) => s.session === 56)!;
    expect(s56.years).toBe('2013');
    const ga = resolutionsBySession(c.resolutions).find((s) => s.body === 'GA')!;
    expect(ga.sessions.find((s) => s.session === 65)!.years).toBe('2010–2011');
    expect(s56.count).toBe(c.resolutions.filter((r) => r.body === 'CND' && r.session === 56).length);
  });

  test('mandate matrix: every entry counted once, in its list and body', () => {
    const spec = zh(mandateMatrix(c.mandates));
    expectWellFormed(spec);
    const total = spec.datasets.flatMap((d) => d.data).reduce((a, b) => a! + b!, 0);
    expect(total).toBe(c.mandates.length);
    const cell = (list: string, label: string) => spec.datasets.find((d) => d.label === label)!.data[spec.labels.indexOf(list)];
    expect(cell('次级方案 2', '麻醉药品委员会')).toBe(c.mandates.filter((m) => m.list === '2' && m.body === 'CND').length);
    expect(cell('次级方案 4', '安全理事会')).toBe(c.mandates.filter((m) => m.list === '4' && m.body === 'SC').length);
    expect(cell('整个方案', '公约和其他文书')).toBe(c.mandates.filter((m) => m.list === 'programme' && m.body === null).length);
  });

  test("most cited: sorted by citations, counts are the records' citations and citing documents", () => {
    const spec = zh(mostCited(c.resolutions, 10));
    expectWellFormed(spec);
    const counts = spec.datasets[0]!.data as number[];
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const max = Math.max(...c.resolutions.map((r) => r.citations.length));
    expect(counts[0]).toBe(max);
    const top = c.resolutions.find((r) => r.url === spec.rowLinks![0])!;
    expect(spec.datasets[1]!.data[0]).toBe(new Set(top.citations.map((x) => x.document)).size);
  });
});

describe('rendering helpers', () => {
  test('the JSON data block cannot close its script element', () => {
    const spec = zh(mostCited(c.resolutions, 3));
    const json = specJson({ ...spec, labels: ['</script><script>alert(1)</script>', ...spec.labels.slice(1)] });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).labels[0].zh).toBe('</script><script>alert(1)</script>');
  });

  test('horizontal charts grow with their rows', () => {
    const small = zh(mostCited(c.resolutions, 3));
    const large = zh(mostCited(c.resolutions, 15));
    expect(canvasHeight(large)).toBeGreaterThan(canvasHeight(small));
  });
});
