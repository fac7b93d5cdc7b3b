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
import { citationTimeline } from './threads/timeline.ts';

type Cited = Placed & Pick<Citation, 'document' | 'documentId' | 'line'> & { text?: string };

/** Every place, in the order of the resolution's time line: citing documents by date, each in printed order. */
export function citedPlaces(citations: Cited[], documents: DocumentRecord[]): CitedPlace[] {
  return citationTimeline({ citations }, documents).flatMap((entry) =>
    entry.citations.map((c) => ({ url: c.url, document: c.document, place: placeWords(c, entry.blocks), text: c.text ?? '' })),
  );
}
