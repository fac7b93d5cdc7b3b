/** Small shared field types: the vocabulary every record kind uses. */
import { z } from 'zod';

/**
 * Every field is described where it is defined, in both languages: `.meta({ description: 'English', zh: '中文' })`.
 * The schema is the one place a field is described: the open-data dictionary (/data/dictionary/, core/data-dictionary.ts)
 * renders these, and tests/unit/data-dictionary.test.ts fails on a field without them.
 */
declare module 'zod' {
  interface GlobalMeta {
    /** The description in Chinese (`description` is the English). */
    zh?: string;
  }
}

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
  year: z.number().int().meta({ description: 'Calendar year of the column.', zh: '该栏的日历年份。' }),
  status: z.enum(['actual', 'planned', 'approved', 'estimate']).meta({
    description: '`actual` (实际), `planned` (计划), `approved` (核定/批款), `estimate` (估计).',
    zh: '`actual`（实际）、`planned`（计划）、`approved`（核定/批款）、`estimate`（估计）。',
  }),
  label: z.string().meta({ description: 'Column head exactly as printed.', zh: '栏目标题，与原文所印完全一致。' }),
});
export type YearColumn = z.infer<typeof yearColumnSchema>;

/** Reference from a record to the document it belongs to. */
export const documentRefFields = {
  document: z.string().meta({ description: 'UN symbol of the document, as the site shows it.', zh: '网站所示的文件联合国文号。' }),
  documentId: z.string().meta({ description: 'Slug of the document (its URL segment).', zh: '文件的网址段。' }),
};
