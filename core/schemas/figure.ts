import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A figure; its chart image was lost in conversion, so only its title and what the text says of it remain. */
export const figureSchema = z.object({
  id: z.string().meta({
    description: '`<documentId>/figure-<number>` with the sequence number normalised to Roman numerals.',
    zh: '`<documentId>/figure-<number>`，编号统一为罗马数字。',
  }),
  ...documentRefFields,
  numberPrinted: z.string().meta({ description: 'Number as printed (`16.三`, `16.19`).', zh: '印出的编号（`16.三`、`16.19`）。' }),
  number: z.string().meta({
    description:
      'Number in the document’s sequence of figures, normalised (`16.III`, `16.XIX`): the printed number, except where the source misprints it (then the number the sequence gives).',
    zh: '图在文件编号顺序中的编号，统一写法（`16.III`、`16.XIX`）：通常即印出的编号；原文印错时为按顺序应有的编号。',
  }),
  printedNumber: z.string().nullable().meta({
    description:
      'Printed number, normalised like `number` (`16.XXXIX`), where it differs from `number` (a misprint, recorded as a numbering discrepancy; the page keeps an anchor for it), else null. `numberPrinted` keeps the printed characters.',
    zh: '印出的编号（统一写法，如 `16.XXXIX`）与 `number` 不同时（原文印错，记为编号差异；页面为其保留锚点）为该编号，否则为 null。印出的字样见 `numberPrinted`。',
  }),
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
