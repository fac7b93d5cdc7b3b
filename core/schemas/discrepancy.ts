import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A problem in the source itself, shown on the site, never silently corrected. */
export const discrepancySchema = z.object({
  /** `<documentId>/<kind>/<line>`. */
  id: z.string(),
  ...documentRefFields,
  /** `total` (a printed total or subtotal that does not add up), `blank-cell` (a table cell the source leaves blank where its total counts a figure), `numbering` (a misnumbered table or figure), `symbol` (a symbol not printed in the text), `other`. */
  kind: z.enum(['total', 'blank-cell', 'numbering', 'symbol', 'other']),
  /** Table id the discrepancy is in, else null. */
  table: z.string().nullable(),
  /** Source line. */
  line: z.number().int().nonnegative(),
  /** What does not agree, in English. */
  description: z.string(),
  /** The value as printed, else null. */
  printed: z.string().nullable(),
  /** The value computed from its parts (or the expected form), else null. */
  computed: z.string().nullable(),
  /** In a table: the printed cells at fault, by column (index into the table record's `columns`), as printed ('' when blank) and as computed. */
  cells: z.array(z.object({
    column: z.number().int().nonnegative(),
    printed: z.string(),
    computed: z.string().nullable(),
  })).optional(),
  /**
   * In a table: what the printed figure was checked against. `sum` (the rows it totals), `change` (技术调整 +
   * 新的/扩大的任务 + 其他), `estimate` (the earlier year + the change), `percent` (the change / the earlier
   * year × 100), `posts` (the posts its details list, or approved + change), `other-table` (the same figure
   * in another table, `against`), `blank` (a blank cell among the rows a printed total adds up).
   */
  check: z.enum(['sum', 'change', 'estimate', 'percent', 'posts', 'other-table', 'blank']).optional(),
  /** For `other-table`: the table (id) and the row label the figure was compared with. */
  against: z.object({ table: z.string(), row: z.string() }).optional(),
});
export type Discrepancy = z.infer<typeof discrepancySchema>;
