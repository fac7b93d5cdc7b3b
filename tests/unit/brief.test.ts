/** The brief for correspondence: set operations, English citations, exports and share links. */
import { describe, expect, test } from 'vitest';
import {
  addItem,
  briefHtml,
  briefText,
  englishCitation,
  moveItem,
  parseShareHash,
  parseStored,
  removeItem,
  setNote,
  shareHash,
  type BriefItem,
} from '../../src/lib/brief.ts';

const item = (url: string, cite: string, text = '', note = ''): BriefItem => ({ url, cite, text, note });
const a = item('/documents/a-76-6-sect-16/#para-16.36', 'A/76/6 (Sect. 16)，第 16.36 段', '毒品和犯罪问题办公室将……', '见第二段');
const b = item('/resolutions/ga-resolution-72-266-a/', '大会第 72/266 A 号决议', '改变联合国和平与安全支柱');
const c = item(
  '/documents/a-76-6-sect-16/subprogrammes/9.1/results/emerging/',
  'A/76/6 (Sect. 16)，次级方案 9 构成部分 1，新出现成果“加强”',
);
const origin = 'https://example.test';

describe('brief items', () => {
  test('a permalink is collected once; removal and moves keep the others in order', () => {
    const items = [a, b, c].reduce(addItem, [] as BriefItem[]);
    expect(addItem(items, { ...a, note: 'other' })).toBe(items);
    expect(moveItem(items, c.url, -1).map((i) => i.url)).toEqual([a.url, c.url, b.url]);
    expect(moveItem(items, a.url, -1)).toBe(items);
    expect(moveItem(items, c.url, 1)).toBe(items);
    expect(removeItem(items, b.url).map((i) => i.url)).toEqual([a.url, c.url]);
    expect(setNote(items, b.url, '附件')[1]!.note).toBe('附件');
  });

  test('stored data that is not a brief reads as an empty brief', () => {
    expect(parseStored(null)).toEqual([]);
    expect(parseStored('{oops')).toEqual([]);
    expect(parseStored('[{"url":"https://evil.test/","cite":"x","text":"","note":""}]')).toEqual([]);
    expect(parseStored('[{"url":"//evil.test/","cite":"x","text":"","note":""}]')).toEqual([]);
    expect(parseStored(JSON.stringify([a]))).toEqual([a]);
  });
});

describe('English citations', () => {
  test.each([
    ['A/76/6 (Sect. 16)，第 16.36 段', 'A/76/6 (Sect. 16), para. 16.36'],
    ['A/76/6 (Sect. 16)，次级方案 3，成果 2', 'A/76/6 (Sect. 16), subprogramme 3, result 2'],
    ['A/76/6 (Sect. 16)，次级方案 9 构成部分 1，成果 1', 'A/76/6 (Sect. 16), subprogramme 9, component 1, result 1'],
    ['大会第 72/266 A 号决议', 'General Assembly resolution 72/266 A'],
    ['麻醉药品委员会第 56/9 号决议', 'Commission on Narcotic Drugs resolution 56/9'],
    ['经济及社会理事会第 2022/316 号决定', 'Economic and Social Council decision 2022/316'],
    ['A/76/6 (Sect. 16)，表 16.4，第 3 行', 'A/76/6 (Sect. 16), table 16.4, row 3'],
    ['A/76/6 (Sect. 16)，图 16.III', 'A/76/6 (Sect. 16), figure 16.III'],
  ])('%s → %s', (zh, en) => {
    expect(englishCitation(zh)).toBe(en);
  });
});

describe('exports', () => {
  test('plain text numbers the items and gives each its citation, text, note and full URL', () => {
    expect(briefText([a, b], origin, 'zh')).toBe(
      [
        '1. A/76/6 (Sect. 16)，第 16.36 段',
        '   毒品和犯罪问题办公室将……',
        '   注：见第二段',
        '   https://example.test/documents/a-76-6-sect-16/#para-16.36',
        '',
        '2. 大会第 72/266 A 号决议',
        '   改变联合国和平与安全支柱',
        '   https://example.test/resolutions/ga-resolution-72-266-a/',
      ].join('\n'),
    );
    expect(briefText([a], origin, 'en')).toContain('1. A/76/6 (Sect. 16), para. 16.36\n');
    expect(briefText([a], origin, 'en')).toContain('Note: 见第二段');
  });

  test('HTML is a list of linked citations with escaped text', () => {
    const html = briefHtml([{ ...a, note: '<b>&' }], origin, 'zh');
    expect(html).toContain('<a href="https://example.test/documents/a-76-6-sect-16/#para-16.36">A/76/6 (Sect. 16)，第 16.36 段</a>');
    expect(html).toContain('&#60;b&#62;&#38;');
    expect(html.startsWith('<ol><li>')).toBe(true);
  });
});

describe('share links', () => {
  test('a share hash rebuilds the permalinks, citations and notes in order', () => {
    const hash = shareHash([a, b, c]);
    expect(hash).toMatch(/^#b1=[A-Za-z0-9_-]+$/);
    expect(parseShareHash(hash)).toEqual([a, b, c].map((i) => ({ ...i, text: '' })));
  });

  test('anything else is not a share link', () => {
    expect(parseShareHash('#para-16.36')).toBeNull();
    expect(parseShareHash('#b1=!!!')).toBeNull();
    expect(parseShareHash(`#b1=${btoa('[["https://evil.test/","x",""]]')}`)).toBeNull();
  });
});
