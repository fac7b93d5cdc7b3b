import { z } from 'zod';
import { documentRefFields, unitKeySchema } from './common.ts';
import { tableColumnSchema } from './table-column.ts';

/** A resource table of Part B (financial resources or posts) as numbers. */
export const resourceTableSchema = z.object({
  id: z.string().meta({
    description: 'Same id as the table record (`<documentId>/table-16.33`).',
    zh: '与表格记录的 id 相同（`<documentId>/table-16.33`）。',
  }),
  ...documentRefFields,
  number: z.string().meta({ description: 'Table number as printed.', zh: '印出的表格编号。' }),
  title: z.string().meta({ description: 'Caption as printed.', zh: '印出的表题。' }),
  unitOfMeasure: z.string().nullable().meta({
    description: 'Unit line as printed (`千美元`, `员额数目`, `千美元/员额数目`), null if none.',
    zh: '印出的单位行（`千美元`、`员额数目`、`千美元/员额数目`），没有时为 null。',
  }),
  subject: z
    .enum([
      'funds-by-unit',
      'posts-by-unit',
      'object-of-expenditure',
      'posts-by-grade',
      'posts-summary',
      'by-main-category',
      'organs',
      'other',
    ])
    .meta({
      description:
        "What the table sets out, read once from its caption: `funds-by-unit` (by source of funds, component and subprogramme), `posts-by-unit`, `object-of-expenditure`, `posts-by-grade`, `posts-summary` (posts and their changes), `by-main-category` (a unit's financial and post resources), `organs` (decision-making organs), `other`. Pages and charts find tables by it, never by matching captions.",
      zh: '表格列示的内容，由表题读取一次：`funds-by-unit`（按资金来源、构成部分和次级方案）、`posts-by-unit`、`object-of-expenditure`（按支出用途）、`posts-by-grade`（按职等）、`posts-summary`（员额及其变动）、`by-main-category`（单位的财务和员额资源）、`organs`（决策机关）、`other`。页面和图表按此查找表格，从不按表题匹配。',
    }),
  unit: unitKeySchema.meta({
    description: 'Planning unit the table is for (`programme` for overview tables, `1`, `9.1`).',
    zh: '表格所属的规划单位（总览表为 `programme`，或 `1`、`9.1`）。',
  }),
  columns: z.array(z.string()).meta({
    description: 'Column labels, flattened from the printed header rows (one per value column and printed wording).',
    zh: '由印出的表头行展开的栏目标签（每个数值栏及每种印出措辞一个）。',
  }),
  columnTypes: z
    .array(
      tableColumnSchema.pick({ key: true, role: true, year: true, change: true, qualifier: true }).extend({
        canonical: z.number().int().nonnegative().meta({
          description: 'Index into the `columns` of the table record (`tables`): the one column this printed column is a wording of.',
          zh: '表格记录（`tables`）的 `columns` 中的索引：该印出栏是其措辞之一的那一栏。',
        }),
      }),
    )
    .meta({
      description:
        "What each column holds, in the order of `columns`: charts and pages pick columns by these, never by label. `canonical` is the index of the column in the table record's `columns` (one per meaning, printed variants beside it).",
      zh: '各栏内容，按 `columns` 的顺序：图表和页面按此选栏，从不按标签。`canonical` 为该栏在表格记录 `columns` 中的索引（每种含义一栏，印出的不同措辞列在其旁）。',
    }),
  columnSets: z
    .array(
      z.object({
        fromRow: z.number().int().nonnegative().meta({
          description: 'Index into `rows` of the first row these columns apply to.',
          zh: '这些栏适用的第一行在 `rows` 中的索引。',
        }),
        columns: z.array(z.number().int().nonnegative()).meta({
          description: 'The columns printed from that row on (indexes into `columns`).',
          zh: '自该行起印出的栏（`columns` 的索引）。',
        }),
      }),
    )
    .optional()
    .meta({
      description:
        'Where heads inside the table print different columns (a part with its own head, a head with an added 百分比): from row `fromRow` (index into `rows`) on, the columns printed (indexes into `columns`); a value of a column not printed is null without meaning "—". Absent when every row prints every column.',
      zh: '表内表头印出不同栏目的位置（某部分有自己的表头，或表头多印一个百分比）：自第 `fromRow` 行（`rows` 的索引）起所印的栏（`columns` 的索引）；未印的栏数值为 null，但不表示“—”。每行都印出每栏时缺省。',
    }),
  rows: z
    .array(
      z.object({
        part: z.string().nullable().meta({
          description: 'Part of the table the row is in (`(1) 经常预算`), null if the table has no parts.',
          zh: '该行所在的表格部分（`(1) 经常预算`），表格不分部分时为 null。',
        }),
        group: z.string().nullable().meta({
          description: 'Group heading the row is under (`按职类列示的员额资源`), null if none.',
          zh: '该行所在的分组标题（`按职类列示的员额资源`），没有时为 null。',
        }),
        label: z.string().meta({ description: 'Row label as printed.', zh: '印出的行标签。' }),
        kind: z.enum(['item', 'heading', 'subtotal', 'total']).meta({
          description: '`item`, `heading` (no values), `subtotal` (小计) or `total` (共计).',
          zh: '`item`（项目）、`heading`（无数值的标题行）、`subtotal`（小计）或 `total`（共计）。',
        }),
        values: z.array(z.number().nullable()).meta({
          description: 'Values per column; null where the source prints "—" or leaves the cell empty.',
          zh: '各栏数值；原文印作“—”或留空时为 null。',
        }),
        texts: z.array(z.string().nullable()).meta({
          description: 'Text cells that are not numbers (post details such as "1 个 USG、3 个 D-2"), by column.',
          zh: '非数字的文字单元格（员额明细，如“1 个 USG、3 个 D-2”），按栏列出。',
        }),
        line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
      }),
    )
    .meta({ description: 'Rows in order.', zh: '按顺序排列的各行。' }),
  notes: z.array(z.string()).meta({ description: 'Notes under the table.', zh: '表下的注释。' }),
  line: z.number().int().positive().meta({ description: 'Source line of the table number.', zh: '表格编号所在的原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL.', zh: '永久链接。' }),
});
export type ResourceTable = z.infer<typeof resourceTableSchema>;
