/** Oversight records and cited symbols linked both ways; the benchmark's page types for the pages of issue 12. */
import { describe, expect, test } from 'vitest';
import { annexOf, oversightCitation, oversightNaming, placeEnglish, symbolPage } from '../../src/lib/oversight.ts';
import type { Block } from '../../core/schemas/block.ts';
import type { OversightRecommendation } from '../../core/schemas/oversight.ts';
import type { CitedDocument } from '../../core/schemas/cited-document.ts';
import { pageType } from '../../bench/page-weight.ts';

const record = (k: number, reports: string[], progress: string[]): OversightRecommendation => ({
  id: `doc/oversight-${k}`,
  document: 'A/76/6 (Sect. 16)',
  documentId: 'doc',
  body: '审计委员会',
  bodyCode: 'BOA',
  reports: reports.map((symbol) => ({ symbol, place: null })),
  paragraph: String(k),
  recommendation: '建议',
  action: '行动',
  status: null,
  progressIn: progress.map((symbol) => ({ symbol, place: '第 1 段' })),
  line: k,
  url: `/documents/doc/oversight/#oversight-${k}`,
});
const cited = [{ symbol: 'A/75/339/Add.1', url: '/symbols/a-75-339-add.1/' }] as CitedDocument[];

describe('oversight links', () => {
  test('a report named as source or as progress report finds the record; spaces in the symbol do not matter', () => {
    const records = [record(1, ['A/73/5/Add.10'], ['A/75/339/Add.1']), record(2, ['A/75/7', 'A/75/7/Corr.1'], [])];
    expect(oversightNaming('A/75/339/Add. 1', records).map((o) => o.id)).toEqual(['doc/oversight-1']);
    expect(oversightNaming('A/75/7/Corr.1', records).map((o) => o.id)).toEqual(['doc/oversight-2']);
    expect(oversightNaming('A/75/7/Corr', records)).toEqual([]);
  });
  test('a symbol links to its page on the site only when the corpus has one', () => {
    expect(symbolPage('A/75/339/Add.1', cited)).toBe('/symbols/a-75-339-add.1/');
    expect(symbolPage('A/74/7', cited)).toBeNull();
  });
});

describe('benchmark page types', () => {
  test('each new page type is measured on its own, never lumped into "other"', () => {
    const paths = [
      '/documents/a-76-6-sect-16/mandates/',
      '/documents/a-76-6-sect-16/subprogrammes/9.1/mandates/',
      '/documents/a-76-6-sect-16/oversight/',
      '/documents/e-cn.7-2022-2/recommendations/',
      '/threads/',
      '/threads/reports/',
      '/threads/working-group/',
      '/brief/',
    ];
    const types = paths.map(pageType);
    expect(types).not.toContain('other');
    expect(new Set(types).size).toBe(paths.length);
  });
});

describe('oversight citations', () => {
  const heading = (text: string, line: number) => ({ type: 'heading' as const, level: 1, text, anchor: `h-${line}`, line });
  test('the annex comes from the headings printed before the record; places and paragraphs in English', () => {
    const blocks = [heading('附件一', 10), heading('附件二 为执行监督机构相关建议而采取的后续行动汇总', 20)] as Block[];
    const o = {
      ...record(4, ['A/75/7', 'A/75/7/Corr.1'], []),
      bodyCode: 'ACABQ' as const,
      body: '行政和预算问题咨询委员会',
      paragraph: '四.102',
      line: 30,
    };
    o.reports[0]!.place = '第二章';
    expect(annexOf(o, blocks)).toEqual({ zh: '附件二', en: 'annex II' });
    expect(annexOf({ line: 5 }, blocks)).toBeNull();
    expect(oversightCitation(o, annexOf(o, blocks))).toEqual({
      zh: 'A/76/6 (Sect. 16)，附件二，行政和预算问题咨询委员会，A/75/7，第二章；A/75/7/Corr.1，第 四.102 段',
      en: 'A/76/6 (Sect. 16), annex II, Advisory Committee on Administrative and Budgetary Questions, A/75/7, chap. II; A/75/7/Corr.1, para. IV.102',
    });
    expect(placeEnglish('第 1 269 段')).toBe('para. 1 269');
  });
});
