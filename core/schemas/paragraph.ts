import { z } from 'zod';
import { documentRefFields, lineSpanSchema, unitKeySchema } from './common.ts';

/** A numbered paragraph (16.24, 12, …), joined across page breaks. */
export const paragraphSchema = z.object({
  id: z.string().meta({ description: '`<documentId>/<number>`.', zh: '`<documentId>/<number>`。' }),
  ...documentRefFields,
  number: z.string().meta({ description: 'Paragraph number as printed (`16.24`, `12`).', zh: '印出的段落编号（`16.24`、`12`）。' }),
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
