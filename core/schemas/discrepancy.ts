import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A problem in the source itself, shown on the site, never silently corrected. */
export const discrepancySchema = z.object({
  id: z.string().meta({ description: '`<documentId>/<kind>/<line>`.', zh: '`<documentId>/<kind>/<line>`。' }),
  ...documentRefFields,
  kind: z.enum(['total', 'blank-cell', 'numbering', 'symbol', 'other']).meta({
    description:
      '`total` (a printed total or subtotal that does not add up), `blank-cell` (a table cell the source leaves blank where its total counts a figure), `numbering` (a misnumbered table or figure), `symbol` (a symbol not printed in the text), `other`.',
    zh: '`total`（印出的合计或小计与各项之和不符）、`blank-cell`（原文留空的表格单元格，而其合计计入了一个数字）、`numbering`（表或图编号错误）、`symbol`（文号未在文本中印出）、`other`（其他）。',
  }),
  table: z
    .string()
    .nullable()
    .meta({ description: 'Table id the discrepancy is in, else null.', zh: '不符之处所在表格的 id，否则为 null。' }),
  line: z.number().int().nonnegative().meta({ description: 'Source line.', zh: '原文行号。' }),
  description: z.string().meta({ description: 'What does not agree, in English.', zh: '不相符的内容（英文）。' }),
  printed: z.string().nullable().meta({ description: 'The value as printed, else null.', zh: '印出的数值，否则为 null。' }),
  computed: z.string().nullable().meta({
    description: 'The value computed from its parts (or the expected form), else null.',
    zh: '由各组成部分计算出的数值（或预期形式），否则为 null。',
  }),
  cells: z
    .array(
      z.object({
        column: z
          .number()
          .int()
          .nonnegative()
          .meta({ description: "Index into the table record's `columns`.", zh: '表格记录 `columns` 中的索引。' }),
        printed: z.string().meta({ description: "The cell as printed ('' when blank).", zh: "印出的单元格（空白为 ''）。" }),
        computed: z
          .string()
          .nullable()
          .meta({ description: 'The value computed for the cell, else null.', zh: '该单元格的计算值，否则为 null。' }),
      }),
    )
    .optional()
    .meta({
      description:
        "In a table: the printed cells at fault, by column (index into the table record's `columns`), as printed ('' when blank) and as computed.",
      zh: "表格中出错的印出单元格：按栏（表格记录 `columns` 的索引）列出印出值（空白为 ''）和计算值。",
    }),
  check: z.enum(['sum', 'change', 'estimate', 'percent', 'posts', 'other-table', 'blank']).optional().meta({
    description:
      'In a table: what the printed figure was checked against. `sum` (the rows it totals), `change` (技术调整 + 新的/扩大的任务 + 其他), `estimate` (the earlier year + the change), `percent` (the change / the earlier year × 100), `posts` (the posts its details list, or approved + change), `other-table` (the same figure in another table, `against`), `blank` (a blank cell among the rows a printed total adds up).',
    zh: '表格中印出数字的核对依据：`sum`（其合计的各行）、`change`（技术调整 + 新的/扩大的任务 + 其他）、`estimate`（上一年 + 变动）、`percent`（变动 / 上一年 × 100）、`posts`（明细所列员额，或核定数 + 变动）、`other-table`（另一表格中的同一数字，见 `against`）、`blank`（印出合计所加各行中的空白单元格）。',
  }),
  against: z
    .object({
      table: z.string().meta({ description: 'Id of the other table.', zh: '另一表格的 id。' }),
      row: z.string().meta({ description: 'Label of the row compared with.', zh: '与之比较的行的标签。' }),
    })
    .optional()
    .meta({
      description: 'For `other-table`: the table (id) and the row label the figure was compared with.',
      zh: '用于 `other-table`：与之比较的表格（id）和行标签。',
    }),
});
export type Discrepancy = z.infer<typeof discrepancySchema>;
