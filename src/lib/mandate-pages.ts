/** What the mandate review pages need from the corpus: the fascicle's rows, the unit's rows, labels. */
import type { Collections } from '../../core/schemas/collections.ts';
import type { Subprogramme } from '../../core/schemas/subprogramme.ts';
import { reviewRows, type MandateRow } from './mandate-review.ts';
import { unitLabel, unitName } from './units.ts';
import type { Bilingual } from './i18n/index.ts';

/** Budget fascicles that print mandate lists. */
export function reviewedDocuments(corpus: Collections) {
  return corpus.documents.filter((d) => d.kind === 'budget-fascicle' && corpus.mandates.some((m) => m.documentId === d.id));
}

const cache = new WeakMap<Collections, Map<string, MandateRow[]>>();

/** Every entry of a fascicle as a review row, computed once per build. */
export function fascicleRows(corpus: Collections, documentId: string): MandateRow[] {
  const perCorpus = cache.get(corpus) ?? new Map<string, MandateRow[]>();
  cache.set(corpus, perCorpus);
  let rows = perCorpus.get(documentId);
  if (!rows) {
    const doc = corpus.documents.find((d) => d.id === documentId)!;
    rows = reviewRows({
      documentId,
      budgetYear: doc.year,
      mandates: corpus.mandates,
      resolutions: corpus.resolutions,
      paragraphs: corpus.paragraphs,
    });
    perCorpus.set(documentId, rows);
  }
  return rows;
}

/** A unit's entries: its own list, and for a subprogramme with components, theirs. */
export function unitRows(rows: MandateRow[], key: string): MandateRow[] {
  return rows.filter((r) => r.mandate.list === key || r.mandate.list.startsWith(`${key}.`));
}

export function unitsWithMandates(corpus: Collections): Subprogramme[] {
  return corpus.subprogrammes.filter((s) => unitRows(fascicleRows(corpus, s.documentId), s.key).length > 0);
}

export function listLabel(list: string): string {
  if (list === 'programme') return '方案';
  const [s, c] = list.split('.');
  return unitLabel(s!, c ?? null);
}

/** `方案` / `Programme`, `次级方案 3` / `Subprogramme 3`: a mandate list's name in both languages. */
export function listName(list: string): Bilingual {
  if (list === 'programme') return { zh: '方案', en: 'Programme' };
  const [s, c] = list.split('.');
  return unitName(s!, c ?? null);
}
