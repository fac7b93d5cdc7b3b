import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  buildParagraphTable,
  excerpt,
  fold,
  markRanges,
  matchParagraphs,
  occurrences,
  queryTerms,
  withHighlight,
} from '../../core/search/text.ts';
import { filterMarkup, isIndexedPage, pageFilters, paragraphRecord, withFilters } from '../../core/search/index-records.ts';
import { paragraphsContaining, recallTerms } from '../../core/search/recall-terms.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import type { DocumentRecord } from '../../core/schemas/document.ts';
import type { Resolution } from '../../core/schemas/resolution.ts';

const content = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content', `${name}.json`), 'utf8'));
const paragraphs = content('paragraphs') as Paragraph[];
const documents = content('documents') as DocumentRecord[];
const resolutions = content('resolutions') as Resolution[];
const table = buildParagraphTable(documents, paragraphs);

describe('recall on Chinese: the exact pass finds every paragraph holding the term', () => {
  test('the term list covers one to five-plus characters, at least 30 terms, each in the corpus', () => {
    expect(recallTerms.length).toBeGreaterThanOrEqual(30);
    const lengths = new Set(recallTerms.map((t) => Math.min(5, [...t].length)));
    expect([...lengths].sort()).toEqual([1, 2, 3, 4, 5]);
    for (const t of recallTerms) expect(paragraphsContaining(paragraphs, t).length, t).toBeGreaterThan(0);
  });

  test.each(recallTerms)('%s', (term) => {
    const found = matchParagraphs(table, term).map((h) => h.url);
    expect(new Set(found)).toEqual(new Set(paragraphsContaining(paragraphs, term)));
    expect(found).toHaveLength(new Set(found).size);
  });

  test('every paragraph URL in the table is the record’s own permalink', () => {
    const all = matchParagraphs(table, '').length === 0;
    expect(all).toBe(true);
    const urls = table.paragraphs.map(([d, n, , , ch]) =>
      ch ? `/documents/${table.documents[d]![0]}/chapters/${ch}/#para-${n}` : `/documents/${table.documents[d]![0]}/#para-${n}`,
    );
    expect(urls).toEqual(paragraphs.map((p) => p.url));
  });
});

describe('matching', () => {
  const tiny = buildParagraphTable(
    [
      { id: 'a-1', symbol: 'A/1' },
      { id: 'b-2', symbol: 'B/2' },
    ],
    [
      { documentId: 'a-1', number: '1', unit: '3', text: '打击腐败；腐败和洗钱。', footnotes: [] },
      { documentId: 'a-1', number: '2', unit: null, text: '见 E/CN.7/2019/14 号文件和第 9/1 号决议。', footnotes: [] },
      { documentId: 'b-2', number: '7', unit: 'programme', text: '洗钱', footnotes: [{ mark: '1', text: '腐败问题' }] },
    ],
  );

  test('all terms must be present; more occurrences rank first; footnotes count', () => {
    expect(matchParagraphs(tiny, '腐败').map((h) => h.url)).toEqual(['/documents/a-1/#para-1', '/documents/b-2/#para-7']);
    expect(matchParagraphs(tiny, '腐败 洗钱').map((h) => h.number)).toEqual(['1', '7']);
    expect(matchParagraphs(tiny, '腐败 海盗')).toEqual([]);
  });

  test('filters by document and subprogramme', () => {
    expect(matchParagraphs(tiny, '腐败', { document: 'B/2' }).map((h) => h.number)).toEqual(['7']);
    expect(matchParagraphs(tiny, '腐败', { subprogramme: '3' }).map((h) => h.number)).toEqual(['1']);
  });

  test('numbers match whole: 9/1 is not inside 2019/14', () => {
    expect(occurrences('2019/14 与 9/1', '9/1')).toEqual([10]);
    expect(matchParagraphs(tiny, '9/1').map((h) => h.number)).toEqual(['2']);
    expect(matchParagraphs(tiny, '19/1')).toEqual([]);
    expect(occurrences('腐败腐败', '腐败')).toEqual([0, 2]);
  });

  test('query folding: width, case, spaces, quotes', () => {
    expect(queryTerms('  “腐败”　洗钱 腐败 ')).toEqual(['腐败', '洗钱']);
    expect(fold('Ｅ／ＣＮ')).toBe('e/cn');
    expect(matchParagraphs(tiny, 'e/cn.7/2019/14').map((h) => h.number)).toEqual(['2']);
  });
});

describe('excerpts and highlights', () => {
  test('the excerpt is around the first occurrence, with every occurrence marked', () => {
    const text = `${'甲'.repeat(100)}腐败乙腐败${'丙'.repeat(100)}`;
    const pieces = excerpt(text, ['腐败'], 40);
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['腐败', '腐败']);
    expect(pieces.at(-1)).toEqual({ text: '…', mark: false });
    expect(
      pieces
        .map((p) => p.text)
        .join('')
        .replace(/…/g, ''),
    ).toBe(text.slice(100 - 13, 100 - 13 + 40));
  });

  test('the landing URL carries the terms before the anchor', () => {
    expect(withHighlight('/documents/a/#para-16.24', ['腐败', '洗钱'])).toBe(
      '/documents/a/?hl=%E8%85%90%E8%B4%A5%20%E6%B4%97%E9%92%B1#para-16.24',
    );
    expect(withHighlight('/resolutions/x/', ['a'])).toBe('/resolutions/x/?hl=a');
    expect(withHighlight('/x/', [])).toBe('/x/');
  });

  test('ranges to mark merge overlaps', () => {
    expect(markRanges('毒品和犯罪', ['毒品', '品和'])).toEqual([[0, 3]]);
    expect(markRanges('abc', [])).toEqual([]);
    // Folding that changes the length (… → ...) still marks the printed characters.
    expect(markRanges('腐败…毒品', ['毒品'])).toEqual([[3, 5]]);
  });
});

describe('what the index adds to pages', () => {
  const corpus = { documents, resolutions };
  test('filters from the URL', () => {
    expect(pageFilters('/documents/a-76-6-sect-16/subprogrammes/9.1/results/2/', corpus)).toEqual({
      document: ['A/76/6 (Sect. 16)'],
      subprogramme: ['9.1'],
    });
    expect(pageFilters('/resolutions/cnd-resolution-56-9/', corpus)).toEqual({ body: ['CND'] });
    expect(pageFilters('/data/', corpus)).toEqual({});
  });

  test('filter markup goes inside <main data-pagefind-body>, escaped', () => {
    expect(filterMarkup({ document: ['A/"1"'] })).toBe('<span hidden data-pagefind-filter="document:A/&quot;1&quot;"></span>');
    expect(withFilters('<main id="main" data-pagefind-body>x</main>', { body: ['GA'] })).toBe(
      '<main id="main" data-pagefind-body><span hidden data-pagefind-filter="body:GA"></span>x</main>',
    );
    expect(withFilters('<main>x</main>', {})).toBe('<main>x</main>');
  });

  test('tool pages are not indexed', () => {
    expect(isIndexedPage('/search/')).toBe(false);
    expect(isIndexedPage('/lookup/')).toBe(false);
    expect(isIndexedPage('/404.html')).toBe(false);
    expect(isIndexedPage('/documents/a/')).toBe(true);
  });

  test('a paragraph record lands on the paragraph and carries its filters', () => {
    const p = paragraphs.find((x) => x.unit === '3')!;
    const r = paragraphRecord(p);
    expect(r.url).toBe(p.url);
    expect(r.url).toMatch(/#para-/);
    expect(r.filters).toEqual({ kind: ['paragraph'], document: [p.document], subprogramme: ['3'] });
    expect(r.language).toBe('zh-cn');
    // The number (with the document filter) lets the search page title the hit in the reader's language.
    expect(r.meta.number).toBe(p.number);
  });
});

describe('filter options', () => {
  test('every kind has a Chinese name; subprogrammes and components are labelled with their titles', async () => {
    const { searchFilterOptions } = await import('../../core/search/filters.ts');
    const o = searchFilterOptions({ documents, subprogrammes: content('subprogrammes') });
    expect(o.kind.map((k) => k.value)).toContain('paragraph');
    for (const k of o.kind) expect(k.label).toMatch(/[\u4e00-\u9fff]/);
    expect(o.subprogramme.find((s) => s.value === '9.1')!.label).toMatch(/^次级方案 9 构成部分 1 /);
    expect(o.subprogramme.find((s) => s.value === '3')!.label).toBe('次级方案 3 反腐败');
    expect(o.document.map((d) => d.value)).toEqual(documents.map((d) => d.symbol));
    expect(o.body.map((b) => b.value)).toEqual(['GA', 'SC', 'ECOSOC', 'CND', 'CCPCJ', 'COP-UNTOC', 'COSP-UNCAC']);
  });
});
