/**
 * A resolution's citations on a time line: grouped by citing document, the documents in the order of their dates
 * (the sessions printed on their title pages, else their year), each citation linking to its exact place.
 */
import type { DocumentRecord } from '../../../core/schemas/document.ts';
import type { Citation } from '../../../core/schemas/resolution.ts';
import { byDate, documentDate, type DocumentDate } from './dates.ts';

/** What the time line needs of a citation (a resolution's, or a cited symbol's). */
type Dated = Pick<Citation, 'documentId' | 'line'>;

export interface TimelineEntry<C extends Dated = Citation> {
  documentId: string;
  symbol: string;
  kind: DocumentRecord['kind'];
  url: string;
  date: DocumentDate;
  /** The sessions the title page prints (dates as printed), empty where none. */
  sessions: NonNullable<DocumentRecord['cover']>;
  /** The citing document's blocks (for the words naming a place under a heading). */
  blocks: DocumentRecord['blocks'];
  citations: C[];
}

export function citationTimeline<C extends Dated = Citation>(
  resolution: { citations: C[] },
  documents: DocumentRecord[],
): TimelineEntry<C>[] {
  const citing = byDate(documents.filter((d) => resolution.citations.some((c) => c.documentId === d.id)));
  return citing.map((d) => ({
    documentId: d.id,
    symbol: d.symbol,
    kind: d.kind,
    url: d.url,
    date: documentDate(d),
    sessions: d.cover ?? [],
    blocks: d.blocks,
    citations: resolution.citations.filter((c) => c.documentId === d.id).sort((a, b) => a.line - b.line),
  }));
}

/** The distinct years a resolution is invoked in, in order. */
export function timelineYears(entries: TimelineEntry[]): number[] {
  return [...new Set(entries.map((e) => e.date.year))].sort((a, b) => a - b);
}
