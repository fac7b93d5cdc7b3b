import { z } from 'zod';
import { documentRefFields } from './common.ts';
import { tableColumnSchema } from './table-column.ts';

/** A table as printed, cell by cell: what the document page renders; typed views live in other collections. */
export const tableSchema = z.object({
  id: z.string().meta({ description: '`<documentId>/table-<number>`.', zh: '`<documentId>/table-<number>`。' }),
  ...documentRefFields,
  number: z.string().meta({ description: 'Table number as printed (`16.5`).', zh: '印出的表格编号（`16.5`）。' }),
  title: z.string().meta({ description: 'Caption lines under the number.', zh: '编号下的表题行。' }),
  role: z.enum(['performance-measure', 'deliverables', 'resources', 'other']).meta({
    description: 'What the table is: a performance measure, deliverables, resources, or other.',
    zh: '表格的性质：业绩计量、应交付产出、资源或其他。',
  }),
  head: z.array(z.array(z.string())).meta({
    description:
      'Header rows as printed, each a list of cells (the printed heads may stand over other cells than their values: read `columns`).',
    zh: '印出的表头行，每行为一组单元格（印出的标题可能位于其数值以外的单元格上方：请读 `columns`）。',
  }),
  stub: z.string().nullable().meta({
    description: "Heading of the row-label column as printed (`类别和次类别`, '' if blank), null when the rows have no label column.",
    zh: "印出的行标签栏标题（`类别和次类别`，空白为 ''），各行没有标签栏时为 null。",
  }),
  columns: z.array(tableColumnSchema).meta({
    description: 'The value columns as the parser reads them, in the order of the values: what the site draws the head from.',
    zh: '解析器读出的数值栏，按数值顺序：网站据此绘制表头。',
  }),
  subheads: z
    .array(
      z.object({
        beforeRow: z
          .number()
          .int()
          .nonnegative()
          .meta({ description: 'Index into `rows` of the first row under this head.', zh: '此表头下第一行在 `rows` 中的索引。' }),
        labels: z.array(z.string().nullable()).meta({
          description: 'Heading of each column as this head prints it, null for a column it does not print.',
          zh: '此表头印出的各栏标题，未印出的栏为 null。',
        }),
        line: z.number().int().positive().meta({ description: 'Source line of the head.', zh: '表头的原文行号。' }),
      }),
    )
    .meta({
      description:
        'Heads printed again inside the table with other columns or headings than the first (a part with its own head): shown before row `beforeRow`, one printed heading per column (null where that head prints none).',
      zh: '在表格内以不同栏目或标题再次印出的表头（某部分有自己的表头）：显示在第 `beforeRow` 行之前，每栏一个印出标题（该表头未印出时为 null）。',
    }),
  rows: z
    .array(
      z.object({
        cells: z.array(z.string()).meta({ description: 'Cells as printed.', zh: '印出的单元格。' }),
        label: z.string().nullable().meta({
          description: 'Row label (first printed cell) when the table has a label column, else null.',
          zh: '表格有标签栏时的行标签（第一个印出的单元格），否则为 null。',
        }),
        values: z.array(z.string().nullable()).meta({
          description: "The row's values by column (`columns`), as printed; null where the row's head has no such column.",
          zh: '该行按栏（`columns`）列出的数值，依原文所印；该行表头没有此栏时为 null。',
        }),
        line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
        anchor: z.string().meta({ description: 'Anchor of the row on the document page.', zh: '该行在文件页面上的锚点。' }),
      }),
    )
    .meta({ description: 'Body rows.', zh: '表身各行。' }),
  notes: z
    .array(
      z.object({
        mark: z.string().meta({ description: 'Mark as printed.', zh: '印出的标记。' }),
        text: z.string().meta({ description: 'Note text.', zh: '注释文字。' }),
      }),
    )
    .meta({
      description: 'Notes under the table (lettered notes, sources), each with its mark.',
      zh: '表下的注释（字母注释、资料来源），各带其标记。',
    }),
  line: z.number().int().positive().meta({ description: 'Source line of the table number.', zh: '表格编号所在的原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL (document page and anchor).', zh: '永久链接（文件页面及锚点）。' }),
});
export type Table = z.infer<typeof tableSchema>;
