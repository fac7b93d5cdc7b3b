import { emptyCollections } from '../../core/schemas/collections.ts';
import type { DocumentRecords } from './types.ts';

/** Empty record lists for one document. */
export function emptyRecords(): DocumentRecords {
  const { resolutions: _r, citedDocuments: _c, ...rest } = emptyCollections();
  return rest;
}
