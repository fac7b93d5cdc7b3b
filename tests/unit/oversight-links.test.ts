/** Oversight records and cited symbols linked both ways; the benchmark's page types for the pages of issue 12. */
import { describe, expect, test } from 'vitest';
import { oversightNaming, symbolPage } from '../../src/lib/oversight.ts';
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
