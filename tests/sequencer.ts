/**
 * File order: vitest's own (by each file's last duration, or by size when it has none), except that the files
 * known to be the longest start first. With two files at a time, a long file that starts last makes a tail
 * during which one core idles; on a fresh clone vitest has no durations and would start the short-but-large
 * files first.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files, longest first (paths from the project root; times alone on an idle machine, BENCHMARKS.md). */
const longestFirst = [
  'tests/e2e/a11y.test.ts', // 98 s
  'tests/e2e/search.test.ts', // 34 s
  'tests/e2e/english.test.ts', // 31 s
  'tests/e2e/search-live.test.ts', // 20 s
  'tests/integration/fuzz-parsers.test.ts', // 44 s
  'tests/integration/safety.test.ts', // 25 s
];

const rank = (spec: TestSpecification) => {
  const i = longestFirst.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
  return i < 0 ? longestFirst.length : i;
};
const group = (spec: TestSpecification) => `${spec.project.config.sequence.groupOrder}\u0000${spec.project.name}`;

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    const groupStart = new Map<string, number>();
    for (const [i, spec] of sorted.entries()) if (!groupStart.has(group(spec))) groupStart.set(group(spec), i);
    return [...sorted].sort(
      (a, b) => groupStart.get(group(a))! - groupStart.get(group(b))! || rank(a) - rank(b) || position.get(a)! - position.get(b)!,
    );
  }
}
