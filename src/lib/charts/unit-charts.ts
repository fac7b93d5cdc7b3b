/** The charts of one subprogramme or component page: its deliverables, and its resources where the source has them. */
import type { Collections } from '../../../core/schemas/collections.ts';
import type { Subprogramme } from '../../../core/schemas/subprogramme.ts';
import type { ChartSpec } from './spec.ts';
import { deliverablesChart } from './deliverables.ts';
import { unitFundingChart, unitObjectChart, unitPostsChart } from './resources.ts';
import { budgetYearsOf } from './years.ts';

export function unitCharts(
  corpus: Pick<Collections, 'documents' | 'deliverables' | 'discrepancies' | 'resourceTables'>,
  sp: Subprogramme,
): { deliverables: ChartSpec | null; resources: ChartSpec[] } {
  const years = budgetYearsOf(corpus.documents, sp.documentId);
  const deliverables = sp.deliverablesTable
    ? deliverablesChart(corpus.deliverables, sp.key, sp.documentId, corpus.discrepancies, years)
    : null;
  const resources = [
    unitFundingChart(corpus.resourceTables, sp, years),
    unitObjectChart(corpus.resourceTables, sp, corpus.discrepancies, years),
    unitPostsChart(corpus.resourceTables, sp, years),
  ].filter((c) => c !== null);
  return { deliverables, resources };
}
