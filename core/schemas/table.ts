import { z } from 'zod';
import { documentRefFields } from './common.ts';

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
  /** Header rows, each a list of cells. */
  head: z.array(z.array(z.string())),
  /** Body rows. */
  rows: z.array(z.object({
    /** Cells as printed. */
    cells: z.array(z.string()),
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
