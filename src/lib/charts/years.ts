/**
 * The years a budget fascicle speaks of, derived from its budget year: the genre fixes them, no seed does. A fascicle
 * for budget year Y reports the performance of Y−2 (actual deliverables, expenditure), the appropriation of Y−1 and
 * the estimates of Y; its performance measures run from Y−4 to Y. Next year's fascicle shifts all of them by one.
 */
import type { Bilingual } from '../i18n/index.ts';
import type { DocumentRecord } from '../../../core/schemas/document.ts';

export interface BudgetYears {
  /** Y: the year the fascicle proposes a budget for (its `DocumentRecord.year`). */
  budget: number;
  /** Y−1: the year of the current appropriation (and of the plans made before this budget). */
  appropriation: number;
  /** Y−2: the year whose performance the fascicle reports (actual deliverables, expenditure). */
  performance: number;
  /** Y−4…Y: the columns of a performance measure, three performance years then two plan years. */
  measureYears: number[];
}

export function budgetYears(budgetYear: number): BudgetYears {
  return {
    budget: budgetYear,
    appropriation: budgetYear - 1,
    performance: budgetYear - 2,
    measureYears: [budgetYear - 4, budgetYear - 3, budgetYear - 2, budgetYear - 1, budgetYear],
  };
}

/** The years of a budget fascicle of the corpus, from its document record; throws for any other document. */
export function budgetYearsOf(documents: Pick<DocumentRecord, 'id' | 'kind' | 'year'>[], documentId: string): BudgetYears {
  const doc = documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`no document ${documentId}`);
  if (doc.kind !== 'budget-fascicle') throw new Error(`${documentId} is a ${doc.kind}, not a budget fascicle: it has no budget years`);
  return budgetYears(doc.year);
}

/** Headings of the programme-wide chart page that name years (shared by the page's TOC and its sections). */
export function programmeChartHeadings(years: BudgetYears): { gaps: Bilingual; change: Bilingual } {
  return {
    gaps: { zh: `${years.performance} 年最大的短缺和超额`, en: `Largest shortfalls and overshoots in ${years.performance}` },
    change: { zh: `${years.appropriation} 年至 ${years.budget} 年的变动`, en: `Change from ${years.appropriation} to ${years.budget}` },
  };
}
