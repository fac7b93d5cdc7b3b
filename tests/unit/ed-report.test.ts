import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../scripts/lib/source.ts';
import { parseEdReport } from '../../scripts/kinds/ed-report/index.ts';
import { metaFor } from '../../scripts/pipeline/run.ts';
import { manifestSchema } from '../../core/schemas/manifest.ts';
import { fixtureTests } from './fixtures.ts';
import { fixtureMeta } from './meta.ts';

/** Each case folder starts with the number of the seed it was cut from (`000-bad-not-this-genre`: a budget fascicle, run with 001's meta). */
const SEEDS: Record<string, { symbol: string; printed: boolean }> = {
  '001': { symbol: 'E/CN.7/2022/2-E/CN.15/2022/2', printed: false },
  '003': { symbol: 'E/CN.7/2012/2-E/CN.15/2012/2', printed: false },
};

fixtureTests('ed-report', (input, caseName) => {
  const seed = SEEDS[caseName.slice(0, 3)] ?? SEEDS['001']!;
  const meta = { ...fixtureMeta('ed-report', seed.symbol), symbolSource: seed.printed ? ('printed' as const) : ('inferred' as const) };
  const decoded = decodeSeed('input.txt', new TextEncoder().encode(input));
  return decoded.ok ? parseEdReport({ source: decoded.source, meta }) : decoded.problem;
});

const manifest = manifestSchema.parse(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')));

function parseSeed(prefix: string) {
  const entry = manifest.seeds.find((s) => s.file.startsWith(prefix))!;
  const decoded = decodeSeed(entry.file, readFileSync(`seeds/${entry.file}`));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return parseEdReport({ source: decoded.source, meta: metaFor({ file: entry.file, entry, bytes: new Uint8Array() })! });
}

describe('full seeds', () => {
  // Counted by reading the seeds: every line starting with `N. ` without a `#` mark is a paragraph,
  // numbered 1…131 in 001 (8 `#`-marked `1.`–`8.` lines are subsection headings) and 1…101 in 003.
  // Recommendations: chapter 五. 建议 holds 110…131 (22) in 001; chapter 八. 建议 holds 94…101 (8) in 003.
  test.each([
    ['001', 131, 22, 7],
    ['003', 101, 8, 13],
  ])('%s: no errors, %i paragraphs, %i recommendations, %i footnotes', (prefix, paragraphs, recommendations, footnotes) => {
    const out = parseSeed(prefix);
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.records.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: paragraphs }, (_, i) => String(i + 1)));
    expect(out.records.recommendations).toHaveLength(recommendations);
    expect(out.records.documents[0]!.blocks.filter((b) => b.type === 'footnote')).toHaveLength(footnotes);
    const lines = out.coverage.find((c) => c.what === 'lines')!;
    expect(lines.placed).toBe(lines.found);
  });

  test('001: title, chapters and the themes of the recommendations', () => {
    const out = parseSeed('001');
    const doc = out.records.documents[0]!;
    expect(doc.title).toBe('联合国毒品和犯罪问题办公室的活动\n执行主任的报告');
    expect(doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => b.type === 'heading' && b.text)).toEqual([
      '摘要',
      '一. 引言',
      '二. 战略方向',
      '三. 联合国毒品和犯罪问题办公室执行任务授权的进展',
      '四. 加强联合国毒品和犯罪问题办公室',
      '五. 建议',
    ]);
    expect(new Set(out.records.recommendations.map((r) => r.theme))).toEqual(
      new Set([
        '战略方向',
        '处理和应对世界毒品问题',
        '预防和打击有组织犯罪',
        '预防和打击腐败和经济犯罪',
        '预防和打击恐怖主义',
        '预防犯罪和刑事司法',
        '加强联合国毒品和犯罪问题办公室',
      ]),
    );
    const p87 = out.records.paragraphs.find((p) => p.number === '87')!;
    expect(p87.lines).toEqual([267, 269]);
    expect(p87.text).toContain('进一步就促进性别平等的警务工作');
  });

  test('003: a paragraph broken by a page of footnotes is joined, its marks resolved', () => {
    const out = parseSeed('003');
    const p36 = out.records.paragraphs.find((p) => p.number === '36')!;
    expect(p36.text).toContain('使用非表列化学品非法制造苯丙胺的情况增多');
    expect(p36.footnotes.map((f) => f.mark)).toEqual(['1', '2']);
    expect(out.records.recommendations.find((r) => r.paragraph === '94')!.addressees).toEqual(['CND', 'CCPCJ']);
  });
});
