import { z } from 'zod';
import { documentRefFields, unitKeySchema } from './common.ts';

/** A subprogramme of a budget fascicle, or one component of a subprogramme. */
export const subprogrammeSchema = z.object({
  id: z.string().meta({ description: '`<documentId>/<key>`.', zh: '`<documentId>/<key>`。' }),
  ...documentRefFields,
  key: unitKeySchema.meta({
    description: 'Unit key: `1`…`9`, or `9.1` for component 1 of subprogramme 9.',
    zh: '单位键：`1`…`9`，次级方案 9 构成部分 1 为 `9.1`。',
  }),
  number: z.string().meta({ description: 'Subprogramme number (`1`…`9`).', zh: '次级方案编号（`1`…`9`）。' }),
  component: z.string().nullable().meta({
    description: 'Component number (`1`, `2`) or null for the subprogramme itself.',
    zh: '构成部分编号（`1`、`2`），次级方案本身为 null。',
  }),
  title: z.string().meta({ description: 'Title as printed.', zh: '印出的标题。' }),
  components: z.array(z.string()).meta({
    description: 'Keys of its components (empty unless the subprogramme has components).',
    zh: '其构成部分的键（次级方案无构成部分时为空）。',
  }),
  objective: z.string().nullable().meta({ description: 'Objective sentence.', zh: '目标句。' }),
  objectiveParagraph: z
    .string()
    .nullable()
    .meta({ description: 'Number of the paragraph stating the objective.', zh: '陈述目标的段落编号。' }),
  strategyParagraphs: z.array(z.string()).meta({ description: 'Numbers of the strategy paragraphs.', zh: '战略段落的编号。' }),
  covidParagraphs: z
    .array(z.string())
    .meta({ description: 'Numbers of the paragraphs on the impact of COVID-19 on delivery.', zh: '关于 COVID-19 对交付影响的段落编号。' }),
  results: z.array(z.string()).meta({
    description: 'Ids of its results (emerging result first, then numbered ones).',
    zh: '其成果的 id（新出现成果在前，然后是编号成果）。',
  }),
  deliverablesTable: z
    .string()
    .nullable()
    .meta({ description: 'Id of its deliverables table, if any.', zh: '其应交付产出表的 id（如有）。' }),
  resourceTables: z.array(z.string()).meta({ description: 'Ids of its resource tables in Part B.', zh: '其在 B 部分中的资源表的 id。' }),
  line: z.number().int().positive().meta({ description: 'Source line of its heading.', zh: '其标题的原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL.', zh: '永久链接。' }),
});
export type Subprogramme = z.infer<typeof subprogrammeSchema>;
