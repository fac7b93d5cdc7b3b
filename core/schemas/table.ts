import { z } from 'zod';
import { documentRefFields } from './common.ts';
import { tableColumnSchema } from './table-column.ts';

/** A table as printed, cell by cell: what the document page renders; typed views live in other collections. */
export const tableSchema = z.object({
  /** `<documentId>/table-<number>`. */
  id: z.string(),
  ...documentRefFields,
  /** Table number as printed (`16.5`). */
  number: z.string(),
  /** Caption lines under the number. */
  title: z.string(),
  /** What the table is: a performance measure, deliverables, resources, or other. */
  role: z.enum(['performance-measure', 'deliverables', 'resources', 'other']),
  /** Header rows as printed, each a list of cells (the printed heads may stand over other cells than their values: read `columns`). */
  head: z.array(z.array(z.string())),
  /** Heading of the row-label column as printed (`类别和次类别`, '' if blank), null when the rows have no label column. */
  stub: z.string().nullable(),
  /** The value columns as the parser reads them, in the order of the values: what the site draws the head from. */
  columns: z.array(tableColumnSchema),
  /**
   * Heads printed again inside the table with other columns or headings than the first (a part with its own
   * head): shown before row `beforeRow`, one printed heading per column (null where that head prints none).
   */
  subheads: z.array(z.object({
    /** Index into `rows` of the first row under this head. */
    beforeRow: z.number().int().nonnegative(),
    /** Heading of each column as this head prints it, null for a column it does not print. */
    labels: z.array(z.string().nullable()),
    /** Source line of the head. */
    line: z.number().int().positive(),
  })),
  /** Body rows. */
  rows: z.array(z.object({
    /** Cells as printed. */
    cells: z.array(z.string()),
    /** Row label (first printed cell) when the table has a label column, else null. */
    label: z.string().nullable(),
    /** The row's values by column (`columns`), as printed; null where the row's head has no such column. */
    values: z.array(z.string().nullable()),
    /** Source line. */
    line: z.number().int().positive(),
    /** Anchor of the row on the document page. */
    anchor: z.string(),
  })),
  /** Notes under the table (`^a` marks, sources). */
  notes: z.array(z.object({
    /** Mark as printed. */
    mark: z.string(),
    /** Note text. */
    text: z.string(),
  })),
  /** Source line of the table number. */
  line: z.number().int().positive(),
  /** Permanent URL (document page and anchor). */
  url: z.string(),
});
export type Table = z.infer<typeof tableSchema>;
