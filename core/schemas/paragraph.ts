import { z } from 'zod';
import { documentRefFields, lineSpanSchema, unitKeySchema } from './common.ts';

/** A numbered paragraph (16.24, 12, …), joined across page breaks. */
export const paragraphSchema = z.object({
  id: z.string().meta({ description: '`<documentId>/<number>`.', zh: '`<documentId>/<number>`。' }),
  ...documentRefFields,
  number: z.string().meta({
    description:
      'Paragraph number in the document’s sequence (`16.24`, `12`): as printed, except where the source misprints it (then the number the sequence gives, `16.170` for a paragraph printed `6.170`).',
    zh: '段落在文件编号顺序中的编号（`16.24`、`12`）：通常即印出的编号；原文印错时为按顺序应有的编号（印作 `6.170` 的段落为 `16.170`）。',
  }),
  printedNumber: z.string().nullable().meta({
    description:
      'Number as printed where it differs from `number` (a misprint, recorded as a numbering discrepancy; the page keeps an anchor for it), else null.',
    zh: '印出的编号与 `number` 不同时（原文印错，记为编号差异；页面为其保留锚点）为印出的编号，否则为 null。',
  }),
  text: z.string().meta({
    description: 'Text without footnote marks; sub-items (a), (b), (一) start new lines.',
    zh: '不含脚注号的文字；分项 (a)、(b)、(一) 另起一行。',
  }),
  headingPath: z
    .array(z.string())
    .meta({ description: 'Headings above the paragraph, outermost first.', zh: '段落上方的各级标题，由外到内。' }),
  unit: unitKeySchema.nullable().meta({
    description: 'Planning unit the paragraph belongs to (budget fascicles), else null.',
    zh: '段落所属的规划单位（预算分册），否则为 null。',
  }),
  result: z.string().nullable().meta({ description: 'Result the paragraph is part of, else null.', zh: '段落所属的成果，否则为 null。' }),
  footnotes: z
    .array(
      z.object({
        mark: z.string().meta({ description: 'Mark as printed.', zh: '印出的标记。' }),
        text: z.string().meta({ description: 'Footnote text.', zh: '脚注文字。' }),
      }),
    )
    .meta({ description: 'Footnotes whose marks stand in the paragraph.', zh: '标记出现在该段中的脚注。' }),
  lines: lineSpanSchema.meta({
    description: 'Source lines the paragraph spans, page headers and footnotes in between included.',
    zh: '段落所跨的原文行，包括其间的页眉和脚注。',
  }),
  url: z.string().meta({ description: 'Permanent URL (page and anchor).', zh: '永久链接（页面及锚点）。' }),
});
export type Paragraph = z.infer<typeof paragraphSchema>;
