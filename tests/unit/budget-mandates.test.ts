import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMandateList } from '../../scripts/kinds/budget-fascicle/mandates.ts';
import { decodeSeed, type SourceLine } from '../../scripts/lib/source.ts';
import { fixtureTests } from './fixtures.ts';
import { fixtureMeta } from './meta.ts';

const meta = fixtureMeta('budget-fascicle', 'A/76/6 (Sect. 16)');
/** Fixture folders are named after the list they were cut from. */
const listOf = (caseName: string) =>
  /^programme/.test(caseName) ? 'programme' : (/^(?:subprogramme|component)-(\d+(?:\.\d+)?)/.exec(caseName)?.[1] ?? 'programme');
const toLines = (text: string): SourceLine[] =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((t, i) => ({ no: i + 1, text: t.replace(/\s+$/, '') }));

describe('parseMandateList fixtures', () => {
  fixtureTests('budget-mandates', (input, caseName) => parseMandateList(toLines(input), { meta, list: listOf(caseName), startLine: 1 }));
});

describe('parseMandateList on the real seed', () => {
  const file = '000_cd0c42d1527a0344.txt';
  const decoded = decodeSeed(file, readFileSync(resolve(import.meta.dirname, '../../seeds', file)));
  if (!decoded.ok) throw new Error('seed does not decode');
  const lines = decoded.source.lines;
  const realMeta = fixtureMeta('budget-fascicle', 'A/76/6 (Sect. 16)', file);
  // Each section as the fascicle parser hands it over: after the 立法授权 heading and its intro paragraph, up to 应交付产出.
  const sections = lines
    .filter((l) => l.text.trim() === '立法授权')
    .map((heading) => {
      let i = heading.no; // index of the line after the heading
      while (lines[i]!.text.trim() === '') i++;
      const body: SourceLine[] = [];
      for (i++; lines[i]!.text.trim() !== '应交付产出'; i++) body.push(lines[i]!);
      return { heading: heading.no, body };
    });
  const lists = ['programme', '1', '2', '3', '4', '5', '6', '7', '8', '9.1', '9.2'];
  /**
   * Counted by reading each section row by row: one entry per number in a number cell (`62/272; 64/297`
   * is two, `第2013/246、2015/234、2017/236号决定` three, a `;`-ended cell continues on the next row),
   * one per instrument line (two where two conventions share line 1447), plus the <p> items of 9.1.
   */
  const expected: Record<string, number> = {
    programme: 28,
    '1': 38,
    '2': 185,
    '3': 49,
    '4': 38,
    '5': 126,
    '6': 84,
    '7': 41,
    '8': 12,
    '9.1': 20,
    '9.2': 33,
  };

  test('there are eleven mandate sections', () => {
    expect(sections.map((s) => s.heading)).toHaveLength(11);
  });

  test.each(lists.map((list, k) => [list, k] as const))('list %s: entry count and no errors', (list, k) => {
    const out = parseMandateList(sections[k]!.body, { meta: realMeta, list, startLine: sections[k]!.heading });
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.mandates).toHaveLength(expected[list]!);
    expect(new Set(out.mandates.map((m) => m.id)).size).toBe(out.mandates.length);
  });

  test('only the two lines the conversion scrambled give warnings', () => {
    const warnings = sections.flatMap(
      (s, k) => parseMandateList(s.body, { meta: realMeta, list: lists[k]!, startLine: s.heading }).problems,
    );
    expect(warnings.map((p) => [p.line, p.code])).toEqual([
      [1457, 'mandate-title-fragment'],
      [2031, 'mandate-title-fragment'],
    ]);
  });

  test('CND resolution 50/2 and CND decision 50/2 are two entries of list 2', () => {
    const out = parseMandateList(sections[2]!.body, { meta: realMeta, list: '2', startLine: sections[2]!.heading });
    const fifty2 = out.mandates.filter((m) => m.number === '50/2');
    expect(fifty2.map((m) => [m.body, m.kind, m.resolution, m.line])).toEqual([
      ['CND', 'resolution', 'cnd-resolution-50-2', 580],
      ['CND', 'decision', 'cnd-decision-50-2', 632],
    ]);
  });

  test('footnote 17 of list 5 belongs to GA resolution 51/59', () => {
    const out = parseMandateList(sections[5]!.body, { meta: realMeta, list: '5', startLine: sections[5]!.heading });
    const note = out.footnotes.find((f) => f.mark === '17')!;
    expect(note.line).toBe(1217);
    expect(note.mandates.map((id) => out.mandates.find((m) => m.id === id)!.number)).toEqual(['51/59']);
  });
});

describe('parseMandateList on odd input', () => {
  test('empty list is a warning, not a throw', () => {
    const out = parseMandateList([], { meta, list: '3', startLine: 7 });
    expect(out.mandates).toEqual([]);
    expect(out.problems).toMatchObject([{ line: 7, severity: 'warning', code: 'mandate-empty-list' }]);
  });
  test('garbage lines are errors naming their line', () => {
    const out = parseMandateList(toLines('大会决议\n\u0000\u0001 ((( 》》\n74/247'), { meta, list: '1', startLine: 1 });
    expect(out.problems.map((p) => [p.line, p.severity])).toEqual([[2, 'error']]);
    expect(out.mandates.map((m) => m.number)).toEqual(['74/247']);
  });
});
