import { z } from 'zod';
import { documentRefFields, unitKeySchema } from './common.ts';

/** A result of a subprogramme or component: numbered planned results and the unnumbered emerging one. */
export const resultSchema = z.object({
  id: z.string().meta({
    description: '`<documentId>/<unit>/result-<n>` or `<documentId>/<unit>/emerging`.',
    zh: '`<documentId>/<unit>/result-<n>` 或 `<documentId>/<unit>/emerging`。',
  }),
  ...documentRefFields,
  unit: unitKeySchema.meta({ description: 'Unit key (`1`, `9.1`).', zh: '单位键（`1`、`9.1`）。' }),
  subprogramme: z.string().meta({ description: 'Subprogramme number.', zh: '次级方案编号。' }),
  component: z.string().nullable().meta({ description: 'Component number or null.', zh: '构成部分编号或 null。' }),
  number: z.number().int().positive().nullable().meta({
    description: 'Result number within the unit, null for the emerging result of the performance year.',
    zh: '单位内的成果编号，业绩年度的新出现成果为 null。',
  }),
  title: z.string().meta({ description: 'Title without footnote marks.', zh: '不含脚注号的标题。' }),
  carriedFrom: z
    .object({
      symbols: z.array(z.string()).meta({ description: 'Budget document symbols the footnote names.', zh: '脚注中列出的预算文件文号。' }),
      text: z.string().meta({ description: 'The footnote text.', zh: '脚注文字。' }),
    })
    .nullable()
    .meta({
      description: 'Where the result was first proposed, from its footnote; null for a new result.',
      zh: '成果首次提出之处，来自其脚注；新成果为 null。',
    }),
  performance: z
    .array(z.string())
    .meta({ description: 'Paragraph numbers: programme performance in the performance year.', zh: '段落编号：业绩年度的方案执行情况。' }),
  lessons: z
    .array(z.string())
    .meta({ description: 'Paragraph numbers: lessons learned and planned change.', zh: '段落编号：经验教训和计划的改变。' }),
  plan: z
    .array(z.string())
    .meta({ description: 'Paragraph numbers: proposed programme plan for the budget year.', zh: '段落编号：预算年度的拟议方案计划。' }),
  progress: z
    .array(z.string())
    .meta({ description: 'Paragraph numbers: (expected) progress towards the objective.', zh: '段落编号：实现目标的（预期）进展。' }),
  unheaded: z.array(z.string()).meta({
    description:
      'Paragraph numbers that stand under no printed section heading at the start of the result, placed in the section the genre prints before the first heading that follows (方案执行情况 before 拟议方案计划, 拟议方案计划 before 经验教训和计划变动); they are also listed in that section.',
    zh: '成果开头未印出章节标题的段落编号；按本类文件的章节顺序归入其后第一个印出标题之前的章节（拟议方案计划之前为方案执行情况，经验教训和计划变动之前为拟议方案计划），并同时列于该章节。',
  }),
  measures: z.array(z.string()).meta({ description: 'Ids of its performance measures.', zh: '其业绩计量的 id。' }),
  line: z.number().int().positive().meta({ description: 'Source line of its title.', zh: '其标题的原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL.', zh: '永久链接。' }),
});
export type Result = z.infer<typeof resultSchema>;
