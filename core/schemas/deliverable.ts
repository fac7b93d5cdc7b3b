import { z } from 'zod';
import { documentRefFields, unitKeySchema, yearColumnSchema } from './common.ts';

/** One row of a deliverables table (表 16.N 按类别和次类别列示…应交付产出). */
export const deliverableSchema = z.object({
  /** `<tableId>/row-<k>`. */
  id: z.string(),
  ...documentRefFields,
  /** Id of the table record. */
  table: z.string(),
  /** Unit the table is for: `programme` for the programme-wide table, else `1`, `9.1`. */
  unit: unitKeySchema,
  /** Category letter (`A`…`E`). */
  category: z.string(),
  /** Category title as printed. */
  categoryTitle: z.string(),
  /** Subcategory line as printed (with its unit in brackets), null for text rows of categories C–E. */
  subcategory: z.string().nullable(),
  /** `subcategory` (a total line), `item` (numbered), or `text` (a descriptive row without counts). */
  kind: z.enum(['subcategory', 'item', 'text']),
  /** Item number as printed, for items. */
  itemNumber: z.number().int().nullable(),
  /** Row label without its number. */
  label: z.string(),
  /** The counts per column; null value means "—". */
  values: z.array(yearColumnSchema.extend({
    /** Count, or null where the source prints "—". */
    value: z.number().nullable(),
  })),
  /** Source line. */
  line: z.number().int().positive(),
  /** Permanent URL (document anchor of the row). */
  url: z.string(),
});
export type Deliverable = z.infer<typeof deliverableSchema>;
