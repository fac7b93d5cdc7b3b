import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A problem in the source itself, shown on the site, never silently corrected. */
export const discrepancySchema = z.object({
  /** `<documentId>/<kind>/<line>`. */
  id: z.string(),
  ...documentRefFields,
  /** `total` (a printed total or subtotal that does not add up), `numbering` (a misnumbered table or figure), `symbol` (a symbol not printed in the text), `other`. */
  kind: z.enum(['total', 'numbering', 'symbol', 'other']),
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
});
export type Discrepancy = z.infer<typeof discrepancySchema>;
