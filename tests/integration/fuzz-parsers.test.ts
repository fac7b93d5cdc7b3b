/**
 * Fuzzing the parse with damaged copies of the real seeds: whatever the damage, the pipeline must not
 * throw and no parser may crash (`parser-crashed`); it either parses or reports errors that name a file,
 * a line ≥ 0 and what was wrong.
 *
 * Seeded: FUZZ_SEED (default below) fixes the whole run, FUZZ_RUNS the number of cases per seed file,
 * FUZZ_CASE=<case seed> replays one failing case (its seed is printed with the mutation steps).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readSeedFolder, type SeedFile } from '../../scripts/pipeline/seeds.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { mutate, rng } from '../support/mutations.ts';
import type { Problem } from '../../core/schemas/problem.ts';

// FUZZ_SEED=random draws a fresh base seed (printed, so the run replays); the default keeps CI stable.
const BASE_SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const ONE_CASE = process.env.FUZZ_CASE === undefined ? null : Number(process.env.FUZZ_CASE);

const folder = readSeedFolder(resolve(import.meta.dirname, '../../seeds'));

interface Failure {
  caseSeed: number;
  file: string;
  steps: string[];
  why: string;
}

/** Problems that stop a seed before any parser sees it (decoding, genre check). */
const BEFORE_PARSER = new Set(['empty-file', 'not-utf8', 'binary-content', 'kind-mismatch']);
let reachedParser = 0;

/** What a damaged seed may produce: records, or errors that say where and what. Returns what is wrong, if anything. */
function checkCase(seed: SeedFile, caseSeed: number): Failure | null {
  const { bytes, steps } = mutate(seed.bytes, caseSeed);
  const fail = (why: string): Failure => ({ caseSeed, file: seed.file, steps, why });
  let problems: Problem[];
  try {
    problems = runPipeline([{ ...seed, bytes }]).problems;
  } catch (e) {
    return fail(`pipeline threw: ${(e as Error).stack ?? String(e)}`);
  }
  if (!problems.some((p) => BEFORE_PARSER.has(p.code))) reachedParser++;
  const crash = problems.find((p) => p.code === 'parser-crashed');
  if (crash) return fail(crash.message.split('\n').slice(0, 6).join('\n'));
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    if (typeof p.file !== 'string' || p.file === '') return fail(`error without a file: ${JSON.stringify(p)}`);
    if (!Number.isInteger(p.line) || p.line < 0) return fail(`error without a usable line: ${JSON.stringify(p)}`);
    if (typeof p.message !== 'string' || p.message.trim().length < 10) return fail(`error without a message: ${JSON.stringify(p)}`);
  }
  return null;
}

const describeFailures = (fs: Failure[]) =>
  fs
    .slice(0, 8)
    .map((f) => `FUZZ_CASE=${f.caseSeed} (${f.file}): ${f.steps.join(' → ')}\n  ${f.why}`)
    .join('\n\n');

describe('parsers under damaged input', () => {
  it('has the real seeds to mutate', () => {
    expect(folder.problems).toEqual([]);
    expect(folder.seeds.length).toBeGreaterThanOrEqual(5);
  });

  if (ONE_CASE !== null) {
    it.each(folder.seeds.map((s) => [s.file, s] as const))(`replays case ${ONE_CASE} on %s`, (_f, seed) => {
      const failure = checkCase(seed, ONE_CASE);
      expect(failure, failure ? describeFailures([failure]) : '').toBeNull();
    });
    return;
  }

  // One test per seed file, each with its own stream of case seeds derived from the base seed.
  it.each(folder.seeds.map((s, i) => [s.file, s, i] as const))(
    `${RUNS} mutated copies of %s parse or fail cleanly`,
    (_f, seed, index) => {
      const next = rng(BASE_SEED + index * 7919);
      const failures: Failure[] = [];
      reachedParser = 0;
      for (let k = 0; k < RUNS; k++) {
        const failure = checkCase(seed, Math.floor(next() * 2 ** 32));
        if (failure) failures.push(failure);
      }
      if (failures.length) console.error(`FUZZ_SEED=${BASE_SEED}: ${failures.length} failing case(s)\n\n${describeFailures(failures)}`);
      expect(failures.length, describeFailures(failures)).toBe(0);
      // The fuzz proves something only if most damaged copies get past decoding into the parser.
      expect(reachedParser, `FUZZ_SEED=${BASE_SEED}: only ${reachedParser} of ${RUNS} cases reached the parser`).toBeGreaterThan(
        RUNS * 0.4,
      );
    },
    300_000,
  );
});
