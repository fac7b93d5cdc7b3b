import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../scripts/lib/source.ts';
import { parseWgNote } from '../../scripts/kinds/wg-note/index.ts';
import { metaFor } from '../../scripts/pipeline/run.ts';
import { manifestSchema } from '../../core/schemas/manifest.ts';
import { fixtureTests } from './fixtures.ts';
import { fixtureMeta } from './meta.ts';

/** Each case folder starts with the number of the seed it was cut from (`001-bad-not-this-genre`: a report, run with 002's meta). */
const SEEDS: Record<string, { symbol: string; printed: boolean }> = {
  '002': { symbol: 'E/CN.7/2022/3/Add.1-E/CN.15/2022/3/Add.1', printed: true },
  '004': { symbol: 'E/CN.7/2020/3-E/CN.15/2020/3', printed: false },
};

fixtureTests('wg-note', (input, caseName) => {
  const seed = SEEDS[caseName.slice(0, 3)] ?? SEEDS['002']!;
  const meta = { ...fixtureMeta('wg-note', seed.symbol), symbolSource: seed.printed ? ('printed' as const) : ('inferred' as const) };
  const decoded = decodeSeed('input.txt', new TextEncoder().encode(input));
  return decoded.ok ? parseWgNote({ source: decoded.source, meta }) : decoded.problem;
});

const manifest = manifestSchema.parse(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')));

function parseSeed(prefix: string) {
  const entry = manifest.seeds.find((s) => s.file.startsWith(prefix))!;
  const decoded = decodeSeed(entry.file, readFileSync(`seeds/${entry.file}`));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return parseWgNote({ source: decoded.source, meta: metaFor({ file: entry.file, entry, bytes: new Uint8Array() })! });
}

describe('full seeds', () => {
  // Counted by reading the seeds: paragraphs 1…13 in 002 (each hard-wrapped over 2–10 lines),
  // 1…14 in 004; neither note has a recommendations or conclusions chapter.
  test.each([
    ['002', 13],
    ['004', 14],
  ])('%s: no errors or warnings, %i paragraphs, every line placed', (prefix, paragraphs) => {
    const out = parseSeed(prefix);
    expect(out.problems).toEqual([]);
    expect(out.records.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: paragraphs }, (_, i) => String(i + 1)));
    expect(out.records.recommendations).toEqual([]);
    const lines = out.coverage.find((c) => c.what === 'lines')!;
    expect(lines.placed).toBe(lines.found);
  });

  test('002: the title wrapped over two lines is rejoined; page furniture is not text', () => {
    const out = parseSeed('002');
    const doc = out.records.documents[0]!;
    expect(doc.title).toBe('改进联合国毒品和犯罪问题办公室治理和财务状况不限成员名额常设政府间工作组的工作');
    const texts = doc.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
    expect(texts.some((t) => /V\.22-|undocs|^E\/CN/.test(t))).toBe(false);
    const p1 = out.records.paragraphs[0]!;
    expect(p1.lines).toEqual([84, 100]);
    expect(p1.text).toContain('第 63/6 号决议');
  });
});
