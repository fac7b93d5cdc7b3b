/** Oversight follow-up records and the cited documents they name: links both ways, by the symbol as printed. */
import type { CitedDocument } from '../../core/schemas/cited-document.ts';
import type { OversightRecommendation } from '../../core/schemas/oversight.ts';

/** Symbols compare without their spaces (`A/75/339/Add. 1` is `A/75/339/Add.1`). */
const key = (symbol: string) => symbol.replace(/\s+/g, '');

/** The symbols a record names: the reports it comes from and those where progress is given. */
export const symbolsOf = (o: OversightRecommendation): string[] => [...o.reports, ...o.progressIn].map((r) => r.symbol);

/** The site's page of a cited symbol, or null when the corpus does not cite it elsewhere. */
export function symbolPage(symbol: string, cited: readonly CitedDocument[]): string | null {
  return cited.find((d) => key(d.symbol) === key(symbol))?.url ?? null;
}

/** The oversight recommendations that come from a report or give progress in it, in annex order. */
export function oversightNaming(symbol: string, records: readonly OversightRecommendation[]): OversightRecommendation[] {
  return records.filter((o) => symbolsOf(o).some((s) => key(s) === key(symbol)));
}
