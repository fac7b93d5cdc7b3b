/** Small shared field types: the vocabulary every record kind uses. */
import { z } from 'zod';

/** The genres of UN document the pipeline parses. */
export const documentKinds = ['budget-fascicle', 'ed-report', 'wg-note'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Bodies that adopt resolutions and decisions (abbreviations are the UN's own). */
export const bodies = ['GA', 'SC', 'ECOSOC', 'CND', 'CCPCJ', 'COP-UNTOC', 'COSP-UNCAC'] as const;
export const bodySchema = z.enum(bodies);
export type Body = z.infer<typeof bodySchema>;

/** First and last source line (1-based, inclusive) a record was read from. */
export const lineSpanSchema = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** A planning unit: `programme`, a subprogramme `1`…`9`, or a component `9.1`. */
export const unitKeySchema = z.string().regex(/^(programme|\d+(\.\d+)?)$/);

/** One column of a per-year table: the year and whether it is an actual or a planned figure. */
export const yearColumnSchema = z.object({
  /** Calendar year of the column. */
  year: z.number().int(),
  /** `actual` (实际), `planned` (计划), `approved` (核定/批款), `estimate` (估计). */
  status: z.enum(['actual', 'planned', 'approved', 'estimate']),
  /** Column head exactly as printed. */
  label: z.string(),
});
export type YearColumn = z.infer<typeof yearColumnSchema>;

/** Reference from a record to the document it belongs to. */
export const documentRefFields = {
  /** UN symbol of the document, as the site shows it. */
  document: z.string(),
  /** Slug of the document (its URL segment). */
  documentId: z.string(),
};
