import { z } from 'zod';
import { citationPlaceFields } from './resolution.ts';

/** A UN document symbol cited in the corpus (A/75/339/Add.1, E/CN.7/2022/3). */
export const citedDocumentSchema = z.object({
  /** Slug of the symbol. */
  id: z.string(),
  /** Symbol as the UN writes it. */
  symbol: z.string(),
  /** Id of the corpus document with this symbol, else null. */
  inCorpus: z.string().nullable(),
  /** Every place it is cited. */
  citations: z.array(z.object({
    /** Symbol of the citing document. */
    document: z.string(),
    /** Slug of the citing document. */
    documentId: z.string(),
    /** Number of the paragraph it is printed in, or that the table or footnote holding it belongs to; else null. */
    paragraph: z.string().nullable(),
    /** Mandate list whose entry prints it, else null. */
    mandateList: z.string().nullable(),
    /** Source line (for checking against the seed; the site shows the place, never the line). */
    line: z.number().int().positive(),
    ...citationPlaceFields,
  })),
  /** Permanent URL. */
  url: z.string(),
});
export type CitedDocument = z.infer<typeof citedDocumentSchema>;
