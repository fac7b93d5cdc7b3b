import { z } from 'zod';
import { documentRefFields, unitKeySchema, yearColumnSchema } from './common.ts';

/** One row of a deliverables table (表 16.N 按类别和次类别列示…应交付产出). */
export const deliverableSchema = z.object({
  id: z.string().meta({ description: '`<tableId>/row-<k>`.', zh: '`<tableId>/row-<k>`。' }),
  ...documentRefFields,
  table: z.string().meta({ description: 'Id of the table record.', zh: '表格记录的 id。' }),
  unit: unitKeySchema.meta({
    description: 'Unit the table is for: `programme` for the programme-wide table, else `1`, `9.1`.',
    zh: '表格所属单位：方案一级的表为 `programme`，否则为 `1`、`9.1` 等。',
  }),
  category: z.string().meta({ description: 'Category letter (`A`…`E`).', zh: '类别字母（`A`…`E`）。' }),
  categoryTitle: z.string().meta({ description: 'Category title as printed.', zh: '印出的类别标题。' }),
  subcategory: z.string().nullable().meta({
    description: 'Subcategory line as printed (with its unit in brackets), null for text rows of categories C–E.',
    zh: '印出的次类别行（方括号内为单位），类别 C–E 的文字行为 null。',
  }),
  kind: z.enum(['subcategory', 'item', 'text']).meta({
    description: '`subcategory` (a total line), `item` (numbered), or `text` (a descriptive row without counts).',
    zh: '`subcategory`（合计行）、`item`（编号项目）或 `text`（无数量的说明行）。',
  }),
  itemNumber: z.number().int().nullable().meta({ description: 'Item number as printed, for items.', zh: '项目的印出编号。' }),
  label: z.string().meta({ description: 'Row label without its number.', zh: '不含编号的行标签。' }),
  values: z
    .array(
      yearColumnSchema.extend({
        value: z
          .number()
          .nullable()
          .meta({ description: 'Count, or null where the source prints "—".', zh: '数量；原文印作“—”时为 null。' }),
      }),
    )
    .meta({ description: 'The counts per column; null value means "—".', zh: '各栏数量；null 表示原文印作“—”。' }),
  line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL (document anchor of the row).', zh: '永久链接（该行在文件页面上的锚点）。' }),
});
export type Deliverable = z.infer<typeof deliverableSchema>;
