/**
 * The budget fascicle parser on verbatim excerpts of A/76/6 (Sect. 16) (fixture folders, golden JSON) and on the
 * full seed. Mandate lists and resource tables are read by their own parsers (own tests): left out of the goldens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../scripts/lib/source.ts';
import { parseBudgetFascicle } from '../../scripts/kinds/budget-fascicle/index.ts';
import type { ParseOutput } from '../../scripts/kinds/types.ts';
import { fixtureTests } from './fixtures.ts';
import { fixtureMeta } from './meta.ts';
import { toRoman } from '../../core/numerals.ts';

function parse(text: string, file = 'input.txt'): ParseOutput {
  const decoded = decodeSeed(file, new TextEncoder().encode(text));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return parseBudgetFascicle({ source: decoded.source, meta: fixtureMeta('budget-fascicle', 'A/76/6 (Sect. 16)', file) });
}

/** Golden form: non-empty collections without the per-record document reference fields. */
function golden(out: ParseOutput) {
  const { mandates: _m, resourceTables: _r, ...rest } = out.records;
  const records = Object.fromEntries(
    Object.entries(rest)
      .filter(([, list]) => list.length > 0)
      .map(([name, list]) => [name, (list as Record<string, unknown>[]).map(({ document: _d, documentId: _i, sha256: _s, ...r }) => r)]),
  );
  return { problems: out.problems, coverage: out.coverage, records };
}

fixtureTests('budget-fascicle', (input) => golden(parse(input)));

describe("next year's fascicle of the same genre", () => {
  test('another section number and other years parse without change', () => {
    const excerpt = readFileSync(resolve(import.meta.dirname, '../fixtures/budget-fascicle/subprogramme-results/input.txt'), 'utf8');
    const shifted = excerpt
      .replace(/\b16\.(?=[0-9一二三四五六七八九十])/g, '17.')
      .replace(/\b(20[12]\d)(?= ?年|\()/g, (y) => String(Number(y) + 1));
    const out = parse(shifted);
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.records.paragraphs.map((p) => p.number).slice(0, 2)).toEqual(['17.24', '17.25']);
    expect(out.records.results.map((r) => r.number)).toEqual([null, 1, 2, 3]);
    expect(out.records.results[1]!.performance).toEqual(['17.36', '17.37']);
    expect(out.records.performanceMeasures.map((m) => m.years[0]?.year ?? null)).toEqual([2019, 2019, 2019, null]);
    expect(out.records.figures[0]!.statedInText).toHaveLength(1);
  });
});

describe('A/76/6 (Sect. 16), the full seed', () => {
  const seed = resolve(import.meta.dirname, '../../seeds/000_cd0c42d1527a0344.txt');
  const out = parse(readFileSync(seed, 'utf8'), '000_cd0c42d1527a0344.txt');
  const r = out.records;

  test('every line placed, no error problems', () => {
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const lines = out.coverage.find((c) => c.what === 'lines')!;
    expect(lines.placed).toBe(lines.found);
  });

  test('298 numbered paragraphs: 16.1–16.298 in sequence, two printed as 6.170 and 6.171', () => {
    // Counted with: grep -cE '^[ -]*(16|6)\.[0-9]+ ' seeds/000_cd0c42d1527a0344.txt  → 298
    expect(r.paragraphs).toHaveLength(298);
    expect(r.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 298 }, (_, i) => `16.${i + 1}`));
    expect(r.paragraphs.filter((p) => p.printedNumber !== null).map((p) => [p.number, p.printedNumber])).toEqual([
      ['16.170', '6.170'],
      ['16.171', '6.171'],
    ]);
    expect(r.discrepancies.filter((d) => d.kind === 'numbering' && /^6\.17[01]$/.test(d.printed ?? ''))).toHaveLength(2);
  });

  test('9 subprogrammes and the 2 components of subprogramme 9', () => {
    expect(r.subprogrammes.map((s) => s.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '9.1', '9.2']);
    expect(r.subprogrammes.find((s) => s.key === '9')!.components).toEqual(['9.1', '9.2']);
    expect(r.subprogrammes.find((s) => s.key === '3')!.title).toBe('反腐败');
    expect(r.subprogrammes.find((s) => s.key === '2')!.title).toBe('以综合和平衡方针应对世界毒品问题');
  });

  test('results per unit: emerging + 3 numbered, component 9.2 emerging + 2', () => {
    const perUnit = Object.fromEntries(r.subprogrammes.map((s) => [s.key, s.results.length]));
    expect(perUnit).toEqual({ 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4, 9: 0, 9.1: 4, 9.2: 3 });
    const glued = r.results.find((x) => x.unit === '5' && x.number === 3)!;
    expect(glued.title).toBe('使接触刑事司法系统的人有更多机会获得司法服务');
    expect(r.results.find((x) => x.unit === '1' && x.number === 2)!.carriedFrom!.symbols).toEqual([
      'A/75/6 (Sect. 16)',
      'A/75/6 (Sect. 16)/Corr.1',
    ]);
  });

  test('49 tables (16.1–16.49), 34 figures, 29 table measures + figures under results', () => {
    expect(r.tables).toHaveLength(49);
    expect(r.tables.map((t) => t.number)).toEqual(Array.from({ length: 49 }, (_, k) => `16.${k + 1}`));
    expect(r.figures).toHaveLength(34);
    expect(r.figures.find((f) => f.numberPrinted === '16.19')!.number).toBe('16.XIX');
    expect(r.performanceMeasures).toHaveLength(r.results.reduce((s, x) => s + x.measures.length, 0));
    expect(r.tables.filter((t) => t.role === 'deliverables')).toHaveLength(11);
  });

  test('paragraph 16.38 is joined across its footnote; 16.99 keeps footnotes 8–10', () => {
    const p38 = r.paragraphs.find((p) => p.number === '16.38')!;
    expect(p38.text).toContain('供应链安全和贸易便利化的虚拟讲习班');
    expect(p38.lines).toEqual([286, 290]);
    expect(r.paragraphs.find((p) => p.number === '16.99')!.footnotes.map((f) => f.mark)).toEqual(['8', '9', '10']);
  });

  test('source discrepancies: deliverable subtotals and figure numbering', () => {
    expect(r.discrepancies.filter((d) => d.kind === 'total' && d.table?.endsWith('16.13')).map((d) => d.line)).toEqual([855]);
    // Line 858's subtotal prints 5 days where item 11 (line 859) leaves its 2020 planned cell blank: the blank cell is reported.
    expect(r.discrepancies.filter((d) => d.kind === 'blank-cell' && d.table?.endsWith('16.13')).map((d) => [d.line, d.computed])).toEqual([
      [859, '5'],
    ]);
    expect(r.discrepancies.find((d) => d.line === 2250)).toMatchObject({ printed: '2022 年 计划数: 92', computed: '2022 年 计划数: 96' });
    expect(r.discrepancies.filter((d) => d.kind === 'numbering' && d.printed?.startsWith('图')).map((d) => d.printed)).toEqual([
      '图 16.19',
      '图 16.三十九',
    ]);
    // Footnote 15 names the 2020 budget with the 2021 symbol (misprinted symbols are recorded by the reference index).
    expect(r.discrepancies.filter((d) => d.kind === 'other').map((d) => d.line)).toEqual([1167]);
  });

  test('a misnumbered figure takes the number of the sequence, the one the text cites it by', () => {
    const f = r.figures.find((x) => x.numberPrinted === '16.三十九')!;
    expect([f.number, f.printedNumber, f.id.endsWith('/figure-16.XXXIV')]).toEqual(['16.XXXIV', '16.XXXIX', true]);
    expect(f.statedInText.map((s) => s.paragraph)).toEqual(['16.297']);
    expect(r.figures.map((x) => x.number)).toEqual(r.figures.map((_, i) => `16.${toRoman(i + 1)}`));
    // Another style of the same number (图 16.19 among Chinese numerals) is not a misnumbering.
    expect(r.figures.filter((x) => x.printedNumber !== null)).toHaveLength(1);
  });
});

describe('markdown left by the conversion', () => {
  test('emphasis stars around a name go (16.271 *Unite Evaluations*); a lone, escaped or spaced star stays', async () => {
    const { stripMarkup } = await import('../../core/text.ts');
    expect(stripMarkup('应用程序 *Unite Evaluations*，以确保')).toBe('应用程序 Unite Evaluations，以确保');
    expect(stripMarkup('* 重计费用前')).toBe('* 重计费用前');
    expect(stripMarkup('a \\* b * c')).toBe('a * b * c');
    expect(stripMarkup('**粗体**')).toBe('粗体');
  });
});
