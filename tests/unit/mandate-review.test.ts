/** Mandate review rules: adoption never guessed from a two-year session, age and bands, same-mandate and invocation matching. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Mandate } from '../../core/schemas/mandate.ts';
import type { Resolution } from '../../core/schemas/resolution.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import { adoptionOf, ageAt, ageBand, mandateKey, ownsParagraph, programmeSummary, reviewRows } from '../../src/lib/mandate-review.ts';

const res = (
  _body: string,
  _number: string,
  year: number | null,
  session: number | null,
  sessionYears: [number, number] | null = null,
) => ({ year, session, sessionYears });

describe('adoption and age', () => {
  test('a year printed in the number is the year of adoption', () => {
    expect(adoptionOf(res('ECOSOC', '2017/18', 2017, null))).toEqual({ basis: 'year', year: 2017 });
    expect(adoptionOf(res('ECOSOC', '1966/1106 (XL)', 1966, 40, [1966, 1966]))).toEqual({ basis: 'year', year: 1966 });
    expect(adoptionOf(res('SC', '2331 (2016)', 2016, null))).toEqual({ basis: 'year', year: 2016 });
  });

  test('a General Assembly session gives its two years, never one guessed year', () => {
    const a = adoptionOf(res('GA', '65/308', null, 65, [2010, 2011]));
    expect(a).toEqual({ basis: 'session', session: 65, years: [2010, 2011] });
    expect(ageAt(a, 2022)).toEqual({ min: 11, max: 12 });
  });

  test('a commission session meets in one year: a one-year range, still labelled by session', () => {
    const a = adoptionOf(res('CND', '56/9', null, 56, [2013, 2013]));
    expect(a).toEqual({ basis: 'session', session: 56, years: [2013, 2013] });
    expect(ageAt(a, 2022)).toEqual({ min: 9, max: 9 });
  });

  test('no year, no age', () => {
    expect(adoptionOf(undefined)).toEqual({ basis: 'unknown' });
    expect(adoptionOf(res('CND', '9 (XXVI)', null, null))).toEqual({ basis: 'unknown' });
    expect(ageAt({ basis: 'unknown' }, 2022)).toBeNull();
    expect(ageBand(null)).toBe('unknown');
  });

  test('bands place a range by its lowest possible age', () => {
    expect(ageBand({ min: 4, max: 5 })).toBe('0-4');
    expect(ageBand({ min: 5, max: 5 })).toBe('5-9');
    expect(ageBand({ min: 19, max: 20 })).toBe('10-19');
    expect(ageBand({ min: 20, max: 20 })).toBe('20-29');
    expect(ageBand({ min: 71, max: 72 })).toBe('30+');
  });
});

describe('matching', () => {
  const mandate = (
    list: string,
    k: number,
    resolution: string | null,
    title: string | null,
    body: Mandate['body'] = resolution ? 'GA' : null,
  ): Mandate => ({
    id: `doc/mandates/${list}/${k}`,
    document: 'A/1',
    documentId: 'doc',
    list,
    heading: '大会决议',
    body,
    kind: resolution ? 'resolution' : 'instrument',
    number: resolution ? resolution.replace('ga-resolution-', '').replace('-', '/') : null,
    title,
    titleRepair: null,
    resolution,
    line: k,
  });
  const resolution = (id: string, number: string, paragraphs: string[]): Resolution => ({
    id,
    body: 'GA',
    kind: 'resolution',
    number,
    titles: [],
    titleVariants: [],
    year: null,
    yearBasis: null,
    session: 74,
    sessionYears: [2019, 2020],
    officialSymbol: null,
    url: `/resolutions/${id}/`,
    citations: [
      ...paragraphs.map((p) => ({
        document: 'A/1',
        documentId: 'doc',
        paragraph: p,
        mandateList: null,
        bodyBasis: 'stated' as const,
        text: number,
        line: 1,
      })),
      { document: 'A/1', documentId: 'doc', paragraph: null, mandateList: '1', bodyBasis: 'list' as const, text: number, line: 1 },
      { document: 'E/2', documentId: 'other', paragraph: '9', mandateList: null, bodyBasis: 'stated' as const, text: number, line: 1 },
    ] as unknown as Resolution['citations'],
  });
  const paragraph = (number: string, unit: string | null) => ({ documentId: 'doc', number, unit }) as Paragraph;

  test('instruments are the same mandate by their title without spaces; resolutions by record', () => {
    expect(mandateKey({ resolution: null, title: '《1961 年麻醉品单一公约》' })).toBe(
      mandateKey({ resolution: null, title: '《1961年麻醉品单一公约》' }),
    );
    expect(mandateKey({ resolution: 'ga-resolution-74-247', title: 'x' })).toBe(
      mandateKey({ resolution: 'ga-resolution-74-247', title: 'y' }),
    );
  });

  test('own text: the unit, a component also its subprogramme, the programme list everything', () => {
    expect(ownsParagraph('3', '3')).toBe(true);
    expect(ownsParagraph('3', '4')).toBe(false);
    expect(ownsParagraph('9.1', '9')).toBe(true);
    expect(ownsParagraph('9', '9.1')).toBe(false);
    expect(ownsParagraph('programme', null)).toBe(true);
  });

  test('rows: sharing across lists, invocations in this document only, mandate-list citations not counted', () => {
    const rows = reviewRows({
      documentId: 'doc',
      budgetYear: 2022,
      mandates: [
        mandate('1', 1, 'ga-resolution-74-247', 't'),
        mandate('2', 1, 'ga-resolution-74-247', 't'),
        mandate('2', 2, 'ga-resolution-74-1', 'u'),
        mandate('2', 3, null, '《公约》'),
      ],
      resolutions: [resolution('ga-resolution-74-247', '74/247', ['1.5', '2.7']), resolution('ga-resolution-74-1', '74/1', [])],
      paragraphs: [paragraph('1.5', '1'), paragraph('2.7', '2')],
    });
    expect(
      rows.map((r) => [r.anchor, r.sharedWith, r.invokedHere.map((i) => i.paragraph), r.invokedElsewhere.map((i) => i.paragraph)]),
    ).toEqual([
      ['mandate-1-1', ['2'], ['1.5'], ['2.7']],
      ['mandate-2-1', ['1'], ['2.7'], ['1.5']],
      ['mandate-2-2', [], [], []],
      ['mandate-2-3', [], [], []],
    ]);
    expect(rows[0]!.invokedHere[0]!.url).toBe('/documents/doc/#para-1.5');
    const summary = programmeSummary(rows);
    expect([summary.entries, summary.distinct, summary.numbered]).toEqual([4, 3, 2]);
    expect(summary.neverInvoked.map((d) => d.row.mandate.number)).toEqual(['74/1']);
    expect(summary.mostShared.map((d) => d.lists)).toEqual([['1', '2']]);
  });
});

describe('the fascicle', () => {
  const load = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/${name}.json`), 'utf8'));
  const documents = load('documents') as { id: string; year: number; kind: string }[];
  const fascicle = documents.find((d) => d.kind === 'budget-fascicle')!;
  const rows = reviewRows({
    documentId: fascicle.id,
    budgetYear: fascicle.year,
    mandates: load('mandates'),
    resolutions: load('resolutions'),
    paragraphs: load('paragraphs'),
  });

  test('every entry of every list is reviewed once, with a unique anchor', () => {
    const mandates = (load('mandates') as Mandate[]).filter((m) => m.documentId === fascicle.id);
    expect(rows).toHaveLength(mandates.length);
    expect(new Set(rows.map((r) => r.anchor)).size).toBe(rows.length);
  });

  test('every GA resolution with a regular session gets a two-year range, never one year', () => {
    const ga = rows.filter((r) => r.mandate.body === 'GA' && /^\d+\/\d+/.test(r.mandate.number ?? ''));
    expect(ga.length).toBeGreaterThan(100);
    for (const r of ga) if (r.adoption.basis === 'session') expect(r.age!.max - r.age!.min).toBe(1);
    expect(ga.filter((r) => r.adoption.basis === 'session').length).toBeGreaterThan(100);
  });
});
