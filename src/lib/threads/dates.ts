/**
 * When a document is dated, for ordering citations and documents in time: the first day of the first session its
 * title page prints, else the start of the period it covers, else its year (the manifest's year or budget year).
 */
import type { DocumentRecord } from '../../../core/schemas/document.ts';

export interface DocumentDate {
  /** Sortable key: an ISO day or a year alone. */
  key: string;
  /** Calendar year. */
  year: number;
  /** Where the date comes from: the title page's sessions, the covered period, or the document's year. */
  basis: 'cover' | 'period' | 'year';
}

type Dated = Pick<DocumentRecord, 'year' | 'cover' | 'period'>;

export function documentDate(doc: Dated): DocumentDate {
  const cover = [...(doc.cover ?? [])].map((s) => s.start).sort()[0];
  if (cover) return { key: cover, year: Number(cover.slice(0, 4)), basis: 'cover' };
  if (doc.period) return { key: doc.period.start, year: Number(doc.period.start.slice(0, 4)), basis: 'period' };
  return { key: String(doc.year), year: doc.year, basis: 'year' };
}

/** Documents in time order (ties by symbol). */
export function byDate<T extends Dated & { symbol: string }>(docs: T[]): T[] {
  return [...docs].sort((a, b) => documentDate(a).key.localeCompare(documentDate(b).key) || a.symbol.localeCompare(b.symbol));
}
