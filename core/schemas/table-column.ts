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
  /** Heading as printed, levels joined with `：` (`变动：技术调整`), line-wrap spaces removed. */
  label: z.string(),
  /** What the figures under this printed heading are. */
  role: columnRoleSchema,
  /** `before-recosting` (重计费用前), `after-recosting` (重计费用后), else null. */
  qualifier: z.enum(['before-recosting', 'after-recosting']).nullable(),
  /** Index into the table's `rows` of the first row under this heading. */
  fromRow: z.number().int().nonnegative(),
});
export type ColumnVariant = z.infer<typeof columnVariantSchema>;

/** A value column of a table as the parser reads it (the row-label column is the table's `stub`). */
export const tableColumnSchema = z.object({
  /** Identity within the table (`2022-estimate`, `change-total`, `percent`, `text-说明`); stable across its heads. */
  key: z.string(),
  /** What the figures are (of the first printed heading; `variants` gives each head's own). */
  role: columnRoleSchema,
  /** Calendar year the column is for, null if none. */
  year: z.number().int().nullable(),
  /** For `change` columns: `technical` (技术调整), `new` (新的/扩大的任务), `other` (其他), `total` (共计, or a lone 变动), `unlabelled` (a change column with no heading printed). */
  change: z.enum(['technical', 'new', 'other', 'total', 'unlabelled']).nullable(),
  /** `before-recosting` (重计费用前), `after-recosting` (重计费用后), else null. */
  qualifier: z.enum(['before-recosting', 'after-recosting']).nullable(),
  /** Heading printed over this and neighbouring columns (`变动`), null if none. */
  group: z.string().nullable(),
  /** Heading shown over the values: the first printed one, without its group; the genre's heading when `supplied`. */
  label: z.string(),
  /** Note marks printed after the heading (`a` of `2021(计划业绩) ^a`). */
  notes: z.array(z.string()),
  /** True when the source prints no heading over these values: `label` is the genre's (empty when the genre has none). */
  supplied: z.boolean(),
  /** True when the source prints this heading elsewhere in the head (another order than its values): shown over the values. */
  moved: z.boolean(),
  /** Every printed heading of the column, in order of the heads that print it. */
  variants: z.array(columnVariantSchema),
});
export type TableColumn = z.infer<typeof tableColumnSchema>;
