import { describe, expect, test } from 'vitest';
import { classifyQuery, isExactKind } from '../../core/search/classify.ts';

describe('query classifier', () => {
  test.each([
    ['74/247', 'number'],
    ['９／１', 'number'],
    ['大会第 74/247 号决议', 'number'],
    ['2331 (2016)', 'number'],
    ['A/RES/74/247', 'number'],
    ['E/CN.7/2022/2', 'symbol'],
    ['a/76/6 (sect. 16)', 'symbol'],
    ['第 16.36 段', 'paragraph'],
    ['表 16.3', 'paragraph'],
    ['图 16.三', 'paragraph'],
    ['16.36', 'paragraph'],
    ['Colombia', 'latin'],
    ['human trafficking', 'latin'],
    ['ＣＯＲＲＵＰＴＩＯＮ', 'latin'],
    ['腐败', 'chinese'],
    ['人口贩运 哥伦比亚', 'chinese'],
    ['UNODC 腐败', 'chinese'],
    ['2022', 'other'],
    ['   ', 'empty'],
  ])('%s → %s', (q, kind) => {
    expect(classifyQuery(q).kind).toBe(kind);
  });

  test('a number query carries its lookup reading and its terms', () => {
    const c = classifyQuery('9/1');
    expect(c.lookup).toMatchObject({ type: 'resolution', number: '9/1' });
    expect(c.terms).toEqual(['9/1']);
  });

  test('numbers, symbols, places and Latin words must match whole; Chinese is left to segmentation', () => {
    expect(isExactKind('number')).toBe(true);
    expect(isExactKind('latin')).toBe(true);
    expect(isExactKind('chinese')).toBe(false);
  });
});
