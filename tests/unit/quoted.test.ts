/** Document text inside UI sentences (src/lib/i18n/quoted.ts) and charts read in one language (specIn). */
import { describe, expect, test } from 'vitest';
import { quoteChinese, quoted, splitQuoted, unquote } from '../../src/lib/i18n/quoted.ts';
import { specIn, type ChartSpec } from '../../src/lib/charts/spec.ts';

describe('quoted document text', () => {
  test('a quoted piece splits out as such, the rest as plain text, in order', () => {
    const s = `Row “${quoted('技术材料(材料数目)')}”, column ${quoted('2020 年计划数')}: blank`;
    expect(splitQuoted(s)).toEqual([
      { text: 'Row “', quoted: false },
      { text: '技术材料(材料数目)', quoted: true },
      { text: '”, column ', quoted: false },
      { text: '2020 年计划数', quoted: true },
      { text: ': blank', quoted: false },
    ]);
    expect(unquote(s)).toBe('Row “技术材料(材料数目)”, column 2020 年计划数: blank');
  });

  test('nothing quoted, nothing empty', () => {
    expect(quoted('')).toBe('');
    expect(splitQuoted('plain')).toEqual([{ text: 'plain', quoted: false }]);
    expect(splitQuoted('')).toEqual([]);
  });

  test('quoteChinese marks each run of Chinese in an English sentence, and only those', () => {
    const s = quoteChinese('Figure 16.三十九 is out of sequence after 图 16.十九.');
    expect(
      splitQuoted(s)
        .filter((p) => p.quoted)
        .map((p) => p.text),
    ).toEqual(['三十九', '图 16.十九.']);
    expect(unquote(s)).toBe('Figure 16.三十九 is out of sequence after 图 16.十九.');
    expect(quoteChinese('no Chinese here')).toBe('no Chinese here');
  });
});

describe('a chart in one language', () => {
  const spec: ChartSpec = {
    id: 'x',
    caption: { zh: '资源', en: 'Resources' },
    summary: { zh: `按${quoted('员额')}列示`, en: `by ${quoted('员额')}` },
    unit: '千美元',
    horizontal: false,
    stacked: false,
    categoryTitle: { zh: '年份', en: 'Year' },
    labels: ['2020'],
    rowLabels: [{ zh: quoted('员额'), en: quoted('员额') }],
    datasets: [{ label: { zh: '经常预算', en: 'Regular budget' }, data: [1], color: 1 }],
    decimals: 1,
    notes: [],
    sources: [],
  };
  test('every text in that language, plain strings as they are, quote marks gone', () => {
    const en = specIn(spec, 'en');
    expect([en.caption, en.summary, en.unit, en.categoryTitle, en.rowLabels[0], en.datasets[0]!.label]).toEqual([
      'Resources',
      'by 员额',
      '千美元',
      'Year',
      '员额',
      'Regular budget',
    ]);
    expect(specIn(spec, 'zh').summary).toBe('按员额列示');
  });
});
