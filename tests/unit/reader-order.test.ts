import { describe, expect, test } from 'vitest';
import { inOrderOf } from '../../src/lib/reader-order.ts';

describe('inOrderOf', () => {
  const r = (id: string) => ({ id });
  test('orders records as the written ids list them, not by id as text', () => {
    const sorted = ['16.1', '16.10', '16.2'].map(r);
    expect(inOrderOf(sorted, ['16.1', '16.2', '16.10']).map((x) => x.id)).toEqual(['16.1', '16.2', '16.10']);
  });
  test('keeps a record the list does not hold, after the others, in its own order', () => {
    expect(inOrderOf(['b', 'x', 'a', 'y'].map(r), ['a', 'b']).map((x) => x.id)).toEqual(['a', 'b', 'x', 'y']);
  });
});
