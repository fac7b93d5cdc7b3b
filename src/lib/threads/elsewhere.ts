/**
 * "Discussed elsewhere": for a unit of a budget fascicle, the places in the corpus's other documents (reports,
 * notes) that cite a resolution or decision of the unit's mandate list (a subprogramme made of components takes
 * its components' lists). Grouped by citing document in date order; each place names the resolutions it cites.
 */
import type { DocumentRecord } from '../../../core/schemas/document.ts';
import type { Mandate } from '../../../core/schemas/mandate.ts';
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import type { Citation, Resolution } from '../../../core/schemas/resolution.ts';
import { byDate, documentDate, type DocumentDate } from './dates.ts';

export interface ElsewherePlace {
  /** The first citation at this place (its url, precision and paragraph say where). */
  citation: Citation;
  resolutions: Resolution[];
  paragraph: Paragraph | null;
}

export interface ElsewhereDocument {
  document: DocumentRecord;
  date: DocumentDate;
  places: ElsewherePlace[];
}

export function unitMandateResolutions(mandates: Mandate[], documentId: string, unit: string): Set<string> {
  const inUnit = (list: string) => list === unit || list.startsWith(`${unit}.`);
  return new Set(mandates.filter((m) => m.documentId === documentId && inUnit(m.list) && m.resolution !== null).map((m) => m.resolution!));
}

export function discussedElsewhere(
  fascicleId: string,
  unit: string,
  corpus: { mandates: Mandate[]; resolutions: Resolution[]; documents: DocumentRecord[]; paragraphs: Paragraph[] },
): ElsewhereDocument[] {
  const ids = unitMandateResolutions(corpus.mandates, fascicleId, unit);
  const listed = corpus.resolutions.filter((r) => ids.has(r.id));
  const others = byDate(corpus.documents.filter((d) => d.id !== fascicleId && d.kind !== 'budget-fascicle'));
  return others
    .map((document) => {
      const places = new Map<string, ElsewherePlace>();
      for (const r of listed)
        for (const c of r.citations) {
          if (c.documentId !== document.id) continue;
          const place = places.get(c.url) ?? {
            citation: c,
            resolutions: [],
            paragraph:
              c.paragraph === null
                ? null
                : (corpus.paragraphs.find((p) => p.documentId === document.id && p.number === c.paragraph) ?? null),
          };
          if (!place.resolutions.includes(r)) place.resolutions.push(r);
          places.set(c.url, place);
        }
      const ordered = [...places.values()].sort((a, b) => a.citation.line - b.citation.line);
      return { document, date: documentDate(document), places: ordered };
    })
    .filter((d) => d.places.length > 0);
}
