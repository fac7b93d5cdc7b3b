import { describe, expect, test } from 'vitest';
import { distinctDiscrepancies } from '../../scripts/pipeline/run.ts';
import type { Discrepancy } from '../../core/schemas/discrepancy.ts';

const d = (over: Partial<Discrepancy>): Discrepancy => ({
  id: 'doc/other/12',
  document: 'A/1',
  documentId: 'doc',
  kind: 'other',
  table: null,
  line: 12,
  description: 'x',
  printed: 'a',
  computed: 'b',
  ...over,
});

describe('distinctDiscrepancies', () => {
  test('two checks reporting the same finding keep one record', () => {
    expect(distinctDiscrepancies([d({}), d({ description: 'y' })])).toHaveLength(1);
  });
  test('different findings on one line get distinct, ordered ids', () => {
    const out = distinctDiscrepancies([d({}), d({ printed: 'c' }), d({ printed: 'e' })]);
    expect(out.map((x) => x.id)).toEqual(['doc/other/12', 'doc/other/12-2', 'doc/other/12-3']);
  });
});
