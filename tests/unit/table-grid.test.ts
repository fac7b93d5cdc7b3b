/**
 * The column model every table is drawn from, on the real collections: headings over the values they name
 * (checked by hand against the seed lines of A/76/6 (Sect. 16)), group headings spanning their columns, the
 * CSV that spreadsheets open. The per-table goldens are the fixture folders (tests/fixtures/budget-resources).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { Collections } from '../../core/schemas/collections.ts';
import { cellHeaders, columnId, groupRuns, headRows } from '../../src/lib/table-grid.ts';
import { CSV_BOM, neutraliseFormula, toCsv } from '../../src/lib/open-data.ts';
import { describeDiscrepancy } from '../../src/lib/discrepancy-text.ts';

const load = <K extends keyof Collections>(name: K): Collections[K] =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/${name}.json`), 'utf8'));
const tables = load('tables');
const resourceTables = load('resourceTables');
const table = (n: string) => tables.find((t) => t.documentId === 'a-76-6-sect-16' && t.number === n)!;
const row = (n: string, label: string, nth = 0) => table(n).rows.filter((r) => r.label === label)[nth]!;
const valueUnder = (n: string, label: string, key: string, nth = 0) =>
  row(n, label, nth).values[table(n).columns.findIndex((c) => c.key === key)];

describe('headings stand over the values they name', () => {
  test('表 16.44: the 共计 row (seed: 1 450.8 | 1 425.3 | — | — | (3.0) | (3.0) | (0.2) | 1 422.3)', () => {
    expect(valueUnder('16.44', '共计', '2022-estimate-before-recosting')).toBe('1 422.3');
    expect(valueUnder('16.44', '共计', 'percent')).toBe('(0.2)');
    expect(valueUnder('16.44', '共计', 'change-total')).toBe('(3.0)');
    // The source prints no 百分比 over (0.2): the heading is the genre's, marked as supplied.
    const percent = table('16.44').columns.find((c) => c.key === 'percent')!;
    expect(percent).toMatchObject({ supplied: true, label: '百分比', variants: [] });
  });

  test('表 16.30 prints 百分比 after the estimate; the values come the other way round (seed line 2300)', () => {
    expect(valueUnder('16.30', '共计', '2022-estimate-before-recosting')).toBe('22 711.8');
    expect(valueUnder('16.30', '共计', 'percent')).toBe('(2.8)');
    const moved = table('16.30')
      .columns.filter((c) => c.moved)
      .map((c) => c.key);
    expect(moved).toEqual(['percent', '2022-estimate-before-recosting']);
  });

  test('表 16.33: one column per meaning, the part (2) head kept as its own wording where it is printed', () => {
    const t = table('16.33');
    expect(t.columns.map((c) => c.key)).toEqual([
      '2020-expenditure',
      '2021-appropriation',
      'change-technical',
      'change-new',
      'change-other',
      'change-total',
      'percent',
      '2022-estimate-before-recosting',
    ]);
    expect(t.columns[1]!.variants.map((v) => [v.label.replace(/\s+/g, ''), v.role])).toEqual([
      ['2021年批款数', 'appropriation'],
      ['2021年估计数', 'estimate'],
    ]);
    expect(valueUnder('16.33', '5. 司法', '2022-estimate-before-recosting')).toBe('1 422.3');
    expect(valueUnder('16.33', '5. 司法', '2022-estimate-before-recosting', 1)).toBe('58 998.7');
    // Part (2) prints no 技术调整/新的/扩大的任务/其他: those cells are absent, not blank.
    expect(valueUnder('16.33', '5. 司法', 'change-technical', 1)).toBeNull();
    expect(valueUnder('16.33', '5. 司法', 'change-total', 1)).toBe('9 107.0');
    const sub = t.subheads[0]!;
    expect(t.rows[sub.beforeRow]!.label).toBe('A. 决策机关');
    expect(sub.labels.map((l) => l?.replace(/\s+/g, '') ?? null)).toEqual([
      '2020年支出数',
      '2021年估计数',
      null,
      null,
      null,
      '变动',
      '百分比',
      '2022年估计数',
    ]);
  });

  test('表 16.13 (deliverables): one head row, every value under its year and status', () => {
    const t = table('16.13');
    expect(t.stub).toBe('类别和次类别');
    expect(t.columns.map((c) => [c.key, c.role, c.year])).toEqual([
      ['2020-planned', 'planned', 2020],
      ['2020-actual', 'actual', 2020],
      ['2021-planned', 'planned', 2021],
      ['2022-planned', 'planned', 2022],
    ]);
    // Item 11 prints no 2020 planned figure (seed line 859): a blank cell, not a number.
    const item11 = t.rows.find((r) => r.label?.startsWith('11. '))!;
    expect(item11.values).toEqual(['', '5', '5', '5']);
  });

  test('a performance-measure table has no label column: one column per year', () => {
    const t = tables.find((x) => x.role === 'performance-measure' && x.columns.length === 5)!;
    expect(t.stub).toBeNull();
    expect(t.columns.map((c) => c.role)).toEqual(['actual', 'actual', 'actual', 'planned', 'planned']);
  });

  test('every row of every table has one value per column', () => {
    for (const t of tables) for (const r of t.rows) expect(r.values.length, `${t.number} ${r.line}`).toBe(t.columns.length);
  });

  test('every printed resource column is a wording of one drawn column with the same meaning', () => {
    for (const rt of resourceTables) {
      const drawn = table(rt.number).columns;
      rt.columnTypes.forEach((c) => {
        const d = drawn[c.canonical]!;
        expect([d.year, d.change, d.role === 'percent'], `${rt.number} ${c.key}`).toEqual([c.year, c.change, c.role === 'percent']);
      });
    }
  });
});

describe('the drawn head', () => {
  test('变动 spans its four columns over a second head row; the others span both rows', () => {
    const t = table('16.44');
    const [top, bottom] = headRows(t);
    const change = top!.find((h) => h.text === '变动')!;
    expect(change).toMatchObject({ colspan: 4, scope: 'colgroup' });
    expect(bottom!.map((h) => h.text)).toEqual(['技术调整', '新的/扩大的任务', '其他', '共计']);
    expect(top!.filter((h) => h.column !== null).every((h) => h.rowspan === 2)).toBe(true);
    expect(groupRuns(t.columns).map((r) => r.length)).toEqual([1, 1, 4, 1, 1]);
  });

  test('a value cell names its row, group and column headings; under a head printed inside the table, that head', () => {
    const t = table('16.33');
    const k = t.rows.findIndex((r) => r.label === '5. 司法');
    expect(cellHeaders(t, k, 3).split(' ')).toEqual([`th-${t.rows[k]!.anchor.replace(/^table-/, '')}`, 'th-16.33-g-2', columnId(t, 3)]);
    const k2 = t.rows.findLastIndex((r) => r.label === '5. 司法');
    expect(cellHeaders(t, k2, 7).split(' ')[1]).toBe(columnId(t, 7, 1));
  });
});

describe('CSV that opens in a spreadsheet', () => {
  test('formula-leading text is neutralised; numbers, negative or bracketed, are not', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('+ 2 个员额')).toBe("'+ 2 个员额");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('-26.3')).toBe('-26.3');
    expect(neutraliseFormula('(26.3)')).toBe('(26.3)');
    expect(neutraliseFormula(-26.3)).toBe(-26.3);
    expect(neutraliseFormula('打击跨国组织犯罪')).toBe('打击跨国组织犯罪');
  });

  test('starts with a BOM and parses back to the same cells', () => {
    const csv = toCsv([{ id: 'a', label: '=1+1', value: -26.3, text: '司法' }]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(parseCsv(csv, { columns: true, bom: true })).toEqual([{ id: 'a', label: "'=1+1", value: '-26.3', text: '司法' }]);
  });
});

describe('source problems at the cell', () => {
  const discrepancies = load('discrepancies');
  test('表 16.13: item 11 prints no 2020 planned figure (seed line 859): a blank cell on its row, not a wrong total', () => {
    const t = table('16.13');
    const item11 = t.rows.find((r) => r.label?.startsWith('11. '))!;
    const blank = discrepancies.find((d) => d.table === t.id && d.line === item11.line)!;
    expect(blank).toMatchObject({ kind: 'blank-cell', check: 'blank', cells: [{ column: 0, printed: '' }], computed: '5' });
    const sub = t.rows.find((r) => r.label === '研讨会、讲习班和培训活动(天数)')!;
    expect(discrepancies.some((d) => d.table === t.id && d.line === sub.line)).toBe(false);
    const text = describeDiscrepancy(blank, t, tables);
    expect(text.zh).toContain('“2020 年计划数”一栏原文空白');
    expect(text.en).toContain('blank in the source');
  });

  test('a wrong subtotal names its row and column, in Chinese and in English, with no line number', () => {
    const t = table('16.13');
    const d = discrepancies.find((x) => x.table === t.id && x.kind === 'total')!;
    expect(t.columns[d.cells![0]!.column]!.key).toBe('2022-planned');
    const text = describeDiscrepancy(d, t, tables);
    expect(text.zh).toBe('“外地和技术合作项目(项目数目)”行“2022 年计划数”一栏：原文印出 2，按其所合计各行之和应为 1。');
    for (const s of [text.zh, text.en]) expect(s).not.toMatch(/第\s*\d+\s*行|line \d+|\.txt/);
  });

  test('every discrepancy reads in Chinese without a line number or file name', () => {
    for (const d of discrepancies) {
      const t = tables.find((x) => x.id === d.table);
      expect(describeDiscrepancy(d, t, tables).zh, d.id).not.toMatch(/第\s*\d+\s*行|\.txt|\bline\b/);
    }
  });
});
