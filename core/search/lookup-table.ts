/**
 * The lookup table, built at build time from the collections and served as `/lookup/table.json`:
 * one short row per resolution or decision and per symbol, so a lookup needs one small fetch.
 */
import type { Resolution } from '../schemas/resolution.ts';
import type { DocumentRecord } from '../schemas/document.ts';
import type { CitedDocument } from '../schemas/cited-document.ts';
import type { LookupTable, ResolutionRow, SymbolRow } from './lookup.ts';

/** Titles are shortened in the table: enough to tell two readings of one number apart. */
export const TITLE_CHARS = 36;

export function shortTitle(title: string | undefined): string {
  if (!title) return '';
  return title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title;
}

export function buildLookupTable(input: {
  resolutions: Pick<Resolution, 'body' | 'kind' | 'number' | 'titles'>[];
  documents: Pick<DocumentRecord, 'symbol' | 'symbols' | 'symbolSource' | 'title' | 'url'>[];
  citedDocuments: Pick<CitedDocument, 'symbol' | 'url'>[];
}): LookupTable {
  const resolutions: ResolutionRow[] = input.resolutions.map((r) => [r.body, r.kind, r.number, shortTitle(r.titles[0])]);
  const symbols: SymbolRow[] = [];
  for (const d of input.documents) {
    const inferred = d.symbolSource === 'inferred' ? 'i' : '';
    // The joint symbol and each of its parts lead to the document.
    for (const s of new Set([d.symbol, ...d.symbols])) symbols.push([s, d.url, 'd', inferred, shortTitle(d.title)]);
  }
  for (const c of input.citedDocuments) symbols.push([c.symbol, c.url, 'c', '', '']);
  return { resolutions, symbols };
}
