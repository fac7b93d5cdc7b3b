/** A report's recommendations grouped by the theme heading they stand under (in printed order), with whom they address. */
import type { Recommendation } from '../../../core/schemas/recommendation.ts';

export interface RecommendationGroup {
  /** Theme heading as printed, null for recommendations before the first theme heading. */
  theme: string | null;
  recommendations: Recommendation[];
}

/** Groups in printed order whatever order the records come in (a collection loader may sort them by id: `100` before `94`). */
export function groupByTheme(recs: Recommendation[]): RecommendationGroup[] {
  const groups: RecommendationGroup[] = [];
  for (const r of [...recs].sort((a, b) => a.line - b.line)) {
    const last = groups.at(-1);
    if (last && last.theme === r.theme) last.recommendations.push(r);
    else groups.push({ theme: r.theme, recommendations: [r] });
  }
  return groups;
}

/** How many recommendations address each commission (a recommendation to both counts for each). */
export function addresseeCounts(recs: Recommendation[]): Record<'CND' | 'CCPCJ' | 'none', number> {
  const out = { CND: 0, CCPCJ: 0, none: 0 };
  for (const r of recs) {
    const a = new Set(r.addressees);
    if (a.has('CND') || a.has('both')) out.CND++;
    if (a.has('CCPCJ') || a.has('both')) out.CCPCJ++;
    if (!a.has('CND') && !a.has('CCPCJ') && !a.has('both')) out.none++;
  }
  return out;
}
