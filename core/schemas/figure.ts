import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A figure; its chart image was lost in conversion, so only its title and what the text says of it remain. */
export const figureSchema = z.object({
  id: z.string().meta({
    description: '`<documentId>/figure-<number>` with the number normalised to Roman numerals.',
    zh: '`<documentId>/figure-<number>`，编号统一为罗马数字。',
  }),
  ...documentRefFields,
  numberPrinted: z.string().meta({ description: 'Number as printed (`16.三`, `16.19`).', zh: '印出的编号（`16.三`、`16.19`）。' }),
  number: z.string().meta({ description: 'Number normalised (`16.III`, `16.XIX`).', zh: '统一后的编号（`16.III`、`16.XIX`）。' }),
  title: z.string().meta({ description: 'Title lines as printed.', zh: '印出的标题行。' }),
  imageLost: z.boolean().meta({ description: 'True: the chart image is not in the source.', zh: '为真：原文中没有图像。' }),
  statedInText: z
    .array(
      z.object({
        paragraph: z.string().meta({ description: 'Citing paragraph number.', zh: '引用段落的编号。' }),
        text: z.string().meta({ description: 'The sentence, verbatim.', zh: '该句，逐字照录。' }),
      }),
    )
    .meta({
      description: 'Sentences of paragraphs that cite the figure, verbatim: the only values the site may show.',
      zh: '引用该图的段落中的句子，逐字照录：网站只可显示这些数值。',
    }),
  result: z
    .string()
    .nullable()
    .meta({ description: 'Result whose performance measure the figure is, else null.', zh: '该图作为其业绩计量的成果，否则为 null。' }),
  line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL (document page and anchor).', zh: '永久链接（文件页面及锚点）。' }),
});
export type Figure = z.infer<typeof figureSchema>;
