/** The editorial pages' data: counts from the collections, examples picked by rule, releases naming real collections. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptyCollections } from '../../core/schemas/collections.ts';
import { countOf, pickExamples, releaseSchema } from '../../src/lib/editorial.ts';

describe('editorial data', () => {
  test('counts come from the records', () => {
    const c = emptyCollections();
    expect(countOf(c, 'paragraphs')).toBe(0);
    c.resolutions.push({ citations: [{}, {}], body: 'GA' } as never, { citations: [{}], body: 'CND' } as never);
    expect(countOf(c, 'resolutions')).toBe(2);
    expect(countOf(c, 'citations')).toBe(3);
    expect(countOf(c, 'bodies')).toBe(2);
  });

  test('an empty corpus has no examples rather than invented ones', () => {
    const e = pickExamples(emptyCollections());
    expect([e.paragraph, e.table, e.figure, e.resolution]).toEqual([null, null, null, null]);
    expect(e.symbols).toEqual([]);
  });

  test('the releases file is valid and names collections of the registry only', () => {
    const releases = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/editorial/releases.json'), 'utf8')) as unknown[];
    expect(releases.length).toBeGreaterThan(0);
    for (const r of releases) expect(() => releaseSchema.parse(r)).not.toThrow();
    expect(releaseSchema.safeParse({ id: '2026-01-01', changes: [{ zh: '甲', en: 'a', collections: ['nope'] }] }).success).toBe(false);
  });
});
