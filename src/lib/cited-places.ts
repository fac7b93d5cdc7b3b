/**
 * Where a resolution, decision or cited symbol is printed, as a small file per record (cited-place-file.ts):
 * what the header search lists under a recognised number instead of asking Pagefind for pages. Pagefind splits
 * `74/247` into `74` and `247`, so its pages had to be fetched and read to keep those holding the number whole;
 * this list is exact, links each place to its anchor, and grows with the places citing that one record, not
 * with the corpus.
 */
import type { DocumentRecord } from '../../core/schemas/document.ts';
import type { Citation } from '../../core/schemas/resolution.ts';
import { placeWords, type Placed } from './citation-place.ts';
import type { CitedPlace } from './cited-place-file.ts';
import { byDate } from './threads/dates.ts';

type Cited = Placed & Pick<Citation, 'document' | 'documentId' | 'line'> & { text?: string };

/** Every place, the citing documents in the order of their dates (as on the resolution's time line), each in printed order. */
export function citedPlaces(citations: Cited[], documents: DocumentRecord[]): CitedPlace[] {
  const order = new Map(byDate(documents.filter((d) => citations.some((c) => c.documentId === d.id))).map((d, i) => [d.id, i]));
  const blocks = new Map(documents.map((d) => [d.id, d.blocks]));
  return [...citations]
    .sort((a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || a.line - b.line)
    .map((c) => ({ url: c.url, document: c.document, place: placeWords(c, blocks.get(c.documentId) ?? []), text: c.text ?? '' }));
}
