import { z } from 'zod';
import { documentRefFields, yearColumnSchema } from './common.ts';

/** The performance measure of a result: a table of one text per year, or a figure. */
export const performanceMeasureSchema = z.object({
  /** Same id as its table or figure record. */
  id: z.string(),
  ...documentRefFields,
  /** Result it measures. */
  result: z.string(),
  /** `table` (text per year) or `figure` (chart lost). */
  kind: z.enum(['table', 'figure']),
  /** Table or figure number as printed. */
  number: z.string(),
  /** Caption or figure title. */
  title: z.string(),
  /** Per-year cells, in column order (empty for a figure). */
  years: z.array(yearColumnSchema.extend({
    /** Cell text as printed (empty string for an empty cell). */
    text: z.string(),
    /** Marks of notes on the column head (`a`). */
    notes: z.array(z.string()),
  })),
  /** Source line. */
  line: z.number().int().positive(),
  /** Permanent URL. */
  url: z.string(),
});
export type PerformanceMeasure = z.infer<typeof performanceMeasureSchema>;
