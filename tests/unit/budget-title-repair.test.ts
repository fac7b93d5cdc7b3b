/**
 * Mandate titles the conversion cut (compose/title-repair.ts), on verbatim excerpts of A/76/6 (Sect. 16): a title
 * is reassembled only when another printing of the same resolution confirms the join and one piece alone fits;
 * otherwise it stays as printed with a note; without another printing nothing is joined.
 */
import { decodeSeed } from '../../scripts/lib/source.ts';
import { parseBudgetFascicle } from '../../scripts/kinds/budget-fascicle/index.ts';
import { fixtureTests } from './fixtures.ts';
import { fixtureMeta } from './meta.ts';

fixtureTests('budget-title-repair', (input) => {
  const decoded = decodeSeed('input.txt', new TextEncoder().encode(input));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const out = parseBudgetFascicle({ source: decoded.source, meta: fixtureMeta('budget-fascicle', 'A/76/6 (Sect. 16)', 'input.txt') });
  return {
    problems: out.problems.filter((p) => p.code.startsWith('mandate-title')),
    mandates: out.records.mandates.map(({ id, number, title, titleRepair, line }) => ({
      id,
      number,
      title,
      line,
      ...(titleRepair ? { titleRepair } : {}),
    })),
  };
});
