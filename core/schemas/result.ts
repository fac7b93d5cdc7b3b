import { z } from 'zod';
import { documentRefFields, unitKeySchema } from './common.ts';

/** A result of a subprogramme or component: numbered planned results and the unnumbered emerging one. */
export const resultSchema = z.object({
  /** `<documentId>/<unit>/result-<n>` or `<documentId>/<unit>/emerging`. */
  id: z.string(),
  ...documentRefFields,
  /** Unit key (`1`, `9.1`). */
  unit: unitKeySchema,
  /** Subprogramme number. */
  subprogramme: z.string(),
  /** Component number or null. */
  component: z.string().nullable(),
  /** Result number within the unit, null for the emerging result of the performance year. */
  number: z.number().int().positive().nullable(),
  /** Title without footnote marks. */
  title: z.string(),
  /** Where the result was first proposed, from its footnote; null for a new result. */
  carriedFrom: z.object({
    /** Budget document symbols the footnote names. */
    symbols: z.array(z.string()),
    /** The footnote text. */
    text: z.string(),
  }).nullable(),
  /** Paragraph numbers: programme performance in the performance year. */
  performance: z.array(z.string()),
  /** Paragraph numbers: lessons learned and planned change. */
  lessons: z.array(z.string()),
  /** Paragraph numbers: proposed programme plan for the budget year. */
  plan: z.array(z.string()),
  /** Paragraph numbers: (expected) progress towards the objective. */
  progress: z.array(z.string()),
  /** Ids of its performance measures. */
  measures: z.array(z.string()),
  /** Source line of its title. */
  line: z.number().int().positive(),
  /** Permanent URL. */
  url: z.string(),
});
export type Result = z.infer<typeof resultSchema>;
