import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { answerText, mapEnglishWords, pageFits } from '../../core/search/answer.ts';
import { termList } from '../../core/search/country-terms.ts';
import { buildTermIndex, mapEnglish, termKey } from '../../core/search/terms-en.ts';
import { precisionQueries } from '../../core/search/precision-queries.ts';
import { englishRecallTerms, paragraphsContaining } from '../../core/search/recall-terms.ts';
import { buildParagraphTable, fold, occurrences } from '../../core/search/text.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import type { DocumentRecord } from '../../core/schemas/document.ts';

const content = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content', `${name}.json`), 'utf8'));
const paragraphs = content('paragraphs') as Paragraph[];
const documents = content('documents') as DocumentRecord[];
const table = buildParagraphTable(documents, paragraphs);
const index = buildTermIndex(termList());

const holds = (text: string, terms: string[]) => terms.some((t) => occurrences(fold(text), fold(t)).length > 0);

describe('precision at 10 on real queries', () => {
  const scores = precisionQueries.map(({ query, relevant }) => {
    const top = answerText(table, query, index).hits.slice(0, 10);
    return { query, found: top.length, precision: top.length === 0 ? 0 : top.filter((h) => holds(h.text, relevant)).length / top.length };
  });

  test('at least 30 queries, each finding something', () => {
    expect(precisionQueries.length).toBeGreaterThanOrEqual(30);
    for (const s of scores) expect(s.found, s.query).toBeGreaterThan(0);
  });

  test.each(precisionQueries.map((q) => q.query))('%s: every one of the first ten is relevant', (query) => {
    expect(scores.find((s) => s.query === query)!.precision).toBe(1);
  });

  test('mean precision at 10', () => {
    const mean = scores.reduce((a, s) => a + s.precision, 0) / scores.length;
    console.log(`precision@10: mean ${mean.toFixed(3)} over ${scores.length} queries`);
    expect(mean).toBe(1);
  });
});

describe('English queries find the Chinese text', () => {
  test('the brief’s examples', () => {
    expect(mapEnglish('corruption', index)?.zh).toContain('腐败');
    expect(mapEnglish('Colombia', index)?.zh).toContain('哥伦比亚');
    expect(mapEnglish('Human Trafficking', index)?.zh).toContain('人口贩运');
    expect(mapEnglish('the Sahel', index)?.zh).toContain('萨赫勒');
    expect(mapEnglish('prisons', index)?.zh).toContain('监狱');
  });

  test('an unknown word maps to nothing, and says so', () => {
    expect(mapEnglish('zyzzyva', index)).toBeNull();
    const a = answerText(table, 'zyzzyva', index);
    expect(a.english).toBeNull();
    expect(a.hits).toEqual([]);
  });

  test('several English terms map one by one, longest first', () => {
    expect(mapEnglishWords('human trafficking Colombia', index)?.map((m) => m.zh[0])).toEqual(['人口贩运', '哥伦比亚']);
    expect(mapEnglishWords('human trafficking zyzzyva', index)).toBeNull();
  });

  test('keys ignore case, width, punctuation and a leading "the"', () => {
    expect(termKey('The  Money-Laundering')).toBe('money laundering');
    expect(termKey('ＣＯＬＯＭＢＩＡ')).toBe('colombia');
  });

  test('recall on at least 25 English terms: every paragraph holding the Chinese term is found', () => {
    expect(englishRecallTerms.length).toBeGreaterThanOrEqual(25);
    for (const [en, zh] of englishRecallTerms) {
      const need = paragraphsContaining(paragraphs, zh);
      expect(need.length, zh).toBeGreaterThan(0);
      const found = new Set(answerText(table, en, index).hits.map((h) => h.url));
      expect(
        need.filter((u) => !found.has(u)),
        en,
      ).toEqual([]);
    }
  });
});

describe('whole words and numbers: no word-by-word noise', () => {
  test('Latin words never match inside other words or a list letter', () => {
    const a = answerText(table, 'c', null);
    for (const h of a.hits) expect(occurrences(fold(h.text), 'c').length).toBeGreaterThan(0);
    expect(pageFits(answerText(table, 'corruption', null), 'A/75/6 (Sect. 16)/Corr.1')).toBe(false);
    expect(pageFits(answerText(table, 'Colombia', null), '(c) 加强 (d)')).toBe(false);
    expect(pageFits(answerText(table, 'Colombia', null), 'Colombia 和 Peru')).toBe(true);
  });

  test('a number query keeps only pages holding the number whole', () => {
    const a = answerText(table, '9/1', index);
    expect(a.pageMustHold).toEqual(['9/1']);
    expect(pageFits(a, '第 9/2 号决议和第 52/92 号决议')).toBe(false);
    expect(pageFits(a, '1946/9 (I)')).toBe(false);
    expect(pageFits(a, '缔约方会议第 9/1 号决议')).toBe(true);
  });

  test('an English query mapped to Chinese leaves Chinese pages to Pagefind, searched in Chinese', () => {
    const a = answerText(table, 'corruption', index);
    expect(a.pageQuery).toBe('腐败');
    expect(a.pageMustHold).toBeNull();
  });

  test('paragraphs holding the whole query rank before those holding its words apart', () => {
    const hits = answerText(table, '毒品 贩运', index).hits;
    const firstApart = hits.findIndex((h) => !h.whole);
    const lastWhole = hits.findLastIndex((h) => h.whole);
    expect(firstApart === -1 || lastWhole < firstApart).toBe(true);
    expect(hits.some((h) => h.whole)).toBe(true);
  });
});
