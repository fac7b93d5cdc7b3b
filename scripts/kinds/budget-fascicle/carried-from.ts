/** Checks on the footnote that says where a result was first proposed (`2020 年拟议方案预算(A/74/6 (Sect. 16))所示。`). */
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { DocumentMeta } from '../types.ts';

/** The budget for year Y is issued at General Assembly session Y − 1946 (A/74/6 → 2020). */
const GA_SESSION_OFFSET = 1946;

/** A budget year that does not match the session of its symbol (misprinted symbols are the reference index's concern). */
export function checkCarriedFrom(text: string, line: number, meta: DocumentMeta): Discrepancy[] {
  const out: Discrepancy[] = [];
  const base = { document: meta.symbol, documentId: meta.documentId, table: null, line };
  const year = /(\d{4})\s*年拟议方案预算/.exec(text);
  const session = /[A-Z]\/(\d+)\/6\b/.exec(text);
  if (year && session && Number(session[1]) + GA_SESSION_OFFSET !== Number(year[1])) {
    out.push({
      ...base,
      id: `${meta.documentId}/other/${line}`,
      kind: 'other',
      description: `Footnote names the proposed programme budget for ${year[1]} but cites the budget of session ${session[1]} (the ${Number(session[1]) + GA_SESSION_OFFSET} budget)`,
      printed: `${year[1]} 年拟议方案预算 (${session[0]})`,
      computed: `${Number(session[1]) + GA_SESSION_OFFSET} 年拟议方案预算 (${session[0]})`,
    });
  }
  return out;
}
