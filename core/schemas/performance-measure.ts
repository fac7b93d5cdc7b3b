import { z } from 'zod';
import { documentRefFields, yearColumnSchema } from './common.ts';

/** The performance measure of a result: a table of one text per year, or a figure. */
export const performanceMeasureSchema = z.object({
  id: z.string().meta({ description: 'Same id as its table or figure record.', zh: '与其表格或图记录的 id 相同。' }),
  ...documentRefFields,
  result: z.string().meta({ description: 'Result it measures.', zh: '所计量的成果。' }),
  kind: z
    .enum(['table', 'figure'])
    .meta({ description: '`table` (text per year) or `figure` (chart lost).', zh: '`table`（逐年文字）或 `figure`（图像缺失）。' }),
  number: z.string().meta({ description: 'Table or figure number as printed.', zh: '印出的表或图编号。' }),
  title: z.string().meta({ description: 'Caption or figure title.', zh: '表题或图题。' }),
  years: z
    .array(
      yearColumnSchema.extend({
        text: z
          .string()
          .meta({ description: 'Cell text as printed (empty string for an empty cell).', zh: '印出的单元格文字（空单元格为空字符串）。' }),
        notes: z.array(z.string()).meta({ description: 'Marks of notes on the column head (`a`).', zh: '栏目标题上的注释标记（`a`）。' }),
      }),
    )
    .meta({ description: 'Per-year cells, in column order (empty for a figure).', zh: '逐年单元格，按栏的顺序（图为空）。' }),
  line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL.', zh: '永久链接。' }),
});
export type PerformanceMeasure = z.infer<typeof performanceMeasureSchema>;
