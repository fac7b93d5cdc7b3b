import { z } from 'zod';

/** What the figures of a column are: pages and charts pick columns by role and year, never by caption. */
export const columnRoles = [
  'expenditure', // 支出数: spent in a past year
  'appropriation', // 批款数, 拨款数: appropriated by the General Assembly
  'approved', // 核定数: posts approved
  'estimate', // 估计数
  'proposed', // 拟议数: posts proposed
  'actual', // 实际数, 实际业绩
  'planned', // 计划数, 计划业绩
  'change', // 变动 and its parts (see `change`)
  'percent', // 百分比
  'count', // 数目
  'text', // any other column of words (说明, 详情, 补充信息)
] as const;
export const columnRoleSchema = z.enum(columnRoles);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

/** One printed form of a column's heading (a table may print its head again, worded otherwise, over a part). */
export const columnVariantSchema = z.object({
  label: z.string().meta({
    description: 'Heading as printed, levels joined with `：` (`变动：技术调整`), line-wrap spaces removed.',
    zh: '印出的标题，各层以“：”连接（`变动：技术调整`），去掉换行造成的空格。',
  }),
  role: columnRoleSchema.meta({ description: 'What the figures under this printed heading are.', zh: '此印出标题下数字的性质。' }),
  qualifier: z.enum(['before-recosting', 'after-recosting']).nullable().meta({
    description: '`before-recosting` (重计费用前), `after-recosting` (重计费用后), else null.',
    zh: '`before-recosting`（重计费用前）、`after-recosting`（重计费用后），否则为 null。',
  }),
  fromRow: z.number().int().nonnegative().meta({
    description: "Index into the table's `rows` of the first row under this heading.",
    zh: '此标题下第一行在表格 `rows` 中的索引。',
  }),
});
export type ColumnVariant = z.infer<typeof columnVariantSchema>;

/** A value column of a table as the parser reads it (the row-label column is the table's `stub`). */
export const tableColumnSchema = z.object({
  key: z.string().meta({
    description: 'Identity within the table (`2022-estimate`, `change-total`, `percent`, `text-说明`); stable across its heads.',
    zh: '在表格内的标识（`2022-estimate`、`change-total`、`percent`、`text-说明`）；在各表头之间保持不变。',
  }),
  role: columnRoleSchema.meta({
    description: "What the figures are (of the first printed heading; `variants` gives each head's own).",
    zh: '数字的性质（取第一个印出的标题；`variants` 给出各表头自己的）。',
  }),
  year: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Calendar year the column is for, null if none.', zh: '该栏所属的日历年份，没有时为 null。' }),
  change: z.enum(['technical', 'new', 'other', 'total', 'unlabelled']).nullable().meta({
    description:
      'For `change` columns: `technical` (技术调整), `new` (新的/扩大的任务), `other` (其他), `total` (共计, or a lone 变动), `unlabelled` (a change column with no heading printed).',
    zh: '用于 `change` 栏：`technical`（技术调整）、`new`（新的/扩大的任务）、`other`（其他）、`total`（共计，或单独的“变动”）、`unlabelled`（未印出标题的变动栏）。',
  }),
  qualifier: z.enum(['before-recosting', 'after-recosting']).nullable().meta({
    description: '`before-recosting` (重计费用前), `after-recosting` (重计费用后), else null.',
    zh: '`before-recosting`（重计费用前）、`after-recosting`（重计费用后），否则为 null。',
  }),
  group: z.string().nullable().meta({
    description: 'Heading printed over this and neighbouring columns (`变动`), null if none.',
    zh: '印在此栏及相邻各栏上方的标题（`变动`），没有时为 null。',
  }),
  label: z.string().meta({
    description: "Heading shown over the values: the first printed one, without its group; the genre's heading when `supplied`.",
    zh: '显示在数值上方的标题：第一个印出的标题，不含其分组；`supplied` 时为该体裁的标题。',
  }),
  notes: z.array(z.string()).meta({
    description: 'Note marks printed after the heading (`a` where the heading carries note a).',
    zh: '标题后印出的注释标记（标题带注释 a 时为 `a`）。',
  }),
  supplied: z.boolean().meta({
    description: "True when the source prints no heading over these values: `label` is the genre's (empty when the genre has none).",
    zh: '为真时原文未在这些数值上方印出标题：`label` 为该体裁的标题（体裁没有时为空）。',
  }),
  moved: z.boolean().meta({
    description: 'True when the source prints this heading elsewhere in the head (another order than its values): shown over the values.',
    zh: '为真时原文把此标题印在表头的其他位置（与数值顺序不同）：显示在数值上方。',
  }),
  variants: z.array(columnVariantSchema).meta({
    description: 'Every printed heading of the column, in order of the heads that print it.',
    zh: '该栏的每个印出标题，按印出它的表头顺序。',
  }),
});
export type TableColumn = z.infer<typeof tableColumnSchema>;
