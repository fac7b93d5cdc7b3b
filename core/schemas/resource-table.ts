import { z } from 'zod';
import { documentRefFields, unitKeySchema } from './common.ts';
import { tableColumnSchema } from './table-column.ts';

/** A resource table of Part B (financial resources or posts) as numbers. */
export const resourceTableSchema = z.object({
  /** Same id as the table record (`<documentId>/table-16.33`). */
  id: z.string(),
  ...documentRefFields,
  /** Table number as printed. */
  number: z.string(),
  /** Caption as printed. */
  title: z.string(),
  /** Unit line as printed (`千美元`, `员额数目`, `千美元/员额数目`), null if none. */
  unitOfMeasure: z.string().nullable(),
  /**
   * What the table sets out, read once from its caption: `funds-by-unit` (by source of funds, component and
   * subprogramme), `posts-by-unit`, `object-of-expenditure`, `posts-by-grade`, `posts-summary` (posts and their
   * changes), `by-main-category` (a unit's financial and post resources), `organs` (decision-making organs), `other`.
   * Pages and charts find tables by it, never by matching captions.
   */
  subject: z.enum(['funds-by-unit', 'posts-by-unit', 'object-of-expenditure', 'posts-by-grade', 'posts-summary', 'by-main-category', 'organs', 'other']),
  /** Planning unit the table is for (`programme` for overview tables, `1`, `9.1`). */
  unit: unitKeySchema,
  /** Column labels, flattened from the printed header rows (one per value column and printed wording). */
  columns: z.array(z.string()),
  /**
   * What each column holds, in the order of `columns`: charts and pages pick columns by these, never by label.
   * `canonical` is the index of the column in the table record's `columns` (one per meaning, printed variants beside it).
   */
  columnTypes: z.array(tableColumnSchema.pick({ key: true, role: true, year: true, change: true, qualifier: true }).extend({
    /** Index into the `columns` of the table record (`tables`): the one column this printed column is a wording of. */
    canonical: z.number().int().nonnegative(),
  })),
  /**
   * Where heads inside the table print different columns (a part with its own head, a head with an
   * added 百分比): from row `fromRow` (index into `rows`) on, the columns printed (indexes into
   * `columns`); a value of a column not printed is null without meaning "—". Absent when every row
   * prints every column.
   */
  columnSets: z.array(z.object({
    fromRow: z.number().int().nonnegative(),
    columns: z.array(z.number().int().nonnegative()),
  })).optional(),
  /** Rows in order. */
  rows: z.array(z.object({
    /** Part of the table the row is in (`(1) 经常预算`), null if the table has no parts. */
    part: z.string().nullable(),
    /** Group heading the row is under (`按职类列示的员额资源`), null if none. */
    group: z.string().nullable(),
    /** Row label as printed. */
    label: z.string(),
    /** `item`, `heading` (no values), `subtotal` (小计) or `total` (共计). */
    kind: z.enum(['item', 'heading', 'subtotal', 'total']),
    /** Values per column; null where the source prints "—" or leaves the cell empty. */
    values: z.array(z.number().nullable()),
    /** Text cells that are not numbers (post details such as "1 个 USG、3 个 D-2"), by column. */
    texts: z.array(z.string().nullable()),
    /** Source line. */
    line: z.number().int().positive(),
  })),
  /** Notes under the table. */
  notes: z.array(z.string()),
  /** Source line of the table number. */
  line: z.number().int().positive(),
  /** Permanent URL. */
  url: z.string(),
});
export type ResourceTable = z.infer<typeof resourceTableSchema>;
