/** Cross-document pass: resolutions, decisions and document symbols cited anywhere in the corpus. */
import type { Collections } from '../schemas/collections.ts';
import type { Problem } from '../schemas/problem.ts';
import type { DocumentMeta } from '../kinds/types.ts';

export interface ReferenceCollections {
  resolutions: Collections['resolutions'];
  citedDocuments: Collections['citedDocuments'];
  problems: Problem[];
}

/** Placeholder: the reference extractor fills this in. */
export function buildReferences(_records: Omit<Collections, 'resolutions' | 'citedDocuments'>, _metas: DocumentMeta[]): ReferenceCollections {
  return { resolutions: [], citedDocuments: [], problems: [] };
}
