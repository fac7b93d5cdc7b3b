/** The document page's forwarding of old anchors: the compact map read back by the page's own lookup. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DocumentRecord } from '../../core/schemas/document.ts';
import { compactAnchors, forwardLookup } from '../../core/chapters.ts';
import { forwardMap, forwardScript } from '../../src/lib/chapters.ts';

const documents = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/documents.json'), 'utf8')) as DocumentRecord[];
const split = documents.filter((d) => d.chapters?.length);

describe('compact anchor patterns', () => {
  test('ranges and prefixes', () => {
    expect(compactAnchors(['para-16.1', 'para-16.2', 'para-16.3', 'para-16.5', 'table-16.6', 'table-16.6-row-1', 'h-12-plan'])).toEqual([
      'h-12-plan',
      'para-16.1~3',
      'para-16.5',
      'table-16.6',
    ]);
    const map = { a: ['para-16.1~3', 'table-16.6'], b: ['para-16.4~12', 'h-12-plan'] };
    expect(forwardLookup(map, 'para-16.2')).toBe('a');
    expect(forwardLookup(map, 'para-16.10')).toBe('b');
    expect(forwardLookup(map, 'para-16.13')).toBeNull();
    expect(forwardLookup(map, 'table-16.6-row-9')).toBe('a');
    expect(forwardLookup(map, 'h-12')).toBeNull();
    expect(forwardLookup(map, 'para-16.02')).toBeNull();
  });
});

describe.runIf(split.length > 0)('every anchor of a split document forwards to the chapter that holds it', () => {
  for (const doc of split) {
    test(doc.id, () => {
      const map = forwardMap(doc);
      const owner = new Map<string, string>();
      for (const c of doc.chapters!) for (const a of c.anchors) if (!owner.has(a)) owner.set(a, c.key);
      for (const [anchor, key] of owner) expect(forwardLookup(map, anchor), anchor).toBe(key);
      // The document page's own ids and unknown anchors stay where they are.
      for (const own of ['main', 'chapters-title', 'para-99999.1', 'nothing']) expect(forwardLookup(map, own), own).toBeNull();
      // Small enough to sit at the top of <head>: a fraction of the anchors it forwards.
      expect(forwardScript(doc).length).toBeLessThan(JSON.stringify([...owner.keys()]).length / 3);
    });
  }
});
