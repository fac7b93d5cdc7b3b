/**
 * A numbered item lost from the middle of its run (a deliverables or resource-table row, a numbered paragraph) must stop the parse
 * with an error on the line where the numbering jumps (3 → 5), never reach the site as a discrepancy of the UN
 * document. Seeded: each case deletes one item picked at random from the budget fascicle.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readSeedFolder } from '../../scripts/pipeline/seeds.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { deleteMiddleNumbered, rng } from '../support/mutations.ts';

const CASES = Number(process.env.LOSS_CASES ?? 6);
const folder = readSeedFolder(resolve(import.meta.dirname, '../../seeds'));
const fascicles = folder.seeds.filter((s) => s.entry?.kind === 'budget-fascicle');

// A row whose every cell is 0 or — leaves the printed totals right: the source could skip a number that way too,
// so such a loss is reported as the source's (a limit of what the text can prove) and is not sampled here.
const hasCount = (line: string) => /\t[^\t]*[1-9]/.test(line);

describe('a numbered item lost from the middle of the seed', () => {
  it('has a budget fascicle to damage', () => expect(fascicles.length).toBeGreaterThan(0));

  // Table rows numbered `N. …`: deliverables items and the subprogramme rows of resource tables.
  for (const [kind, codes] of [
    ['deliverable', ['deliverable-number-gap', 'resource-row-number-gap']],
    ['paragraph', ['paragraph-number-gap']],
  ] as const) {
    it.each(fascicles.map((s) => [s.file, s] as const))(
      `a ${kind === 'deliverable' ? 'numbered table row' : 'paragraph'} lost from %s fails on the line of the jump`,
      (_f, seed) => {
        const r = rng(20261202);
        for (let k = 0; k < CASES; k++) {
          const loss = deleteMiddleNumbered(seed.bytes, r, kind, kind === 'deliverable' ? hasCount : undefined);
          expect(loss, `no ${kind} to delete`).not.toBeNull();
          const { problems } = runPipeline([{ ...seed, bytes: loss!.bytes }]);
          const gap = problems.filter((p) => p.severity === 'error' && (codes as readonly string[]).includes(p.code));
          expect(
            gap.map((p) => [p.file, p.line]),
            `lost line ${JSON.stringify(loss!.lost.slice(0, 40))}: ${problems
              .filter((p) => p.severity === 'error')
              .map((p) => `${p.line} ${p.code}`)
              .join('; ')}`,
          ).toContainEqual([seed.file, loss!.line]);
        }
      },
      120_000,
    );
  }
});
