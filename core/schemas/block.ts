import { z } from 'zod';

/** One piece of a document's text in reading order: how a document page is rendered end to end. */
export const blockSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('heading'),
      level: z.number().int().min(1).max(6).meta({
        description: '1 = part (A., B.), deeper levels below; as inferred from the numbering style.',
        zh: '1 = 部分（A.、B.），以下为更深层级；由编号样式推断。',
      }),
      text: z.string().meta({ description: 'Heading text without markup or footnote marks.', zh: '标题文字，不含标记和脚注号。' }),
      anchor: z.string().meta({
        description: "Anchor id on the document page, from the document's structure (`subprogramme-3-mandates`).",
        zh: '文件页面上的锚点 id，由文件结构得出（`subprogramme-3-mandates`）。',
      }),
      legacyAnchor: z.string().optional().meta({
        description:
          'Line-based id earlier builds published for this heading (`h-2077`): an alias old links still reach; never shown or linked.',
        zh: '旧版按行号生成的锚点 id（`h-2077`）：仅作别名，使旧链接仍可到达；不显示也不链接。',
      }),
      line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
    })
    .meta({ description: 'A heading of the document.', zh: '文件中的标题。' }),
  z
    .object({
      type: z.literal('paragraph'),
      number: z
        .string()
        .meta({ description: 'Number of the paragraph (record in `paragraphs`).', zh: '段落编号（`paragraphs` 中的记录）。' }),
    })
    .meta({
      description: 'A numbered paragraph, by number (its text is in `paragraphs`).',
      zh: '编号段落，按编号引用（全文见 `paragraphs`）。',
    }),
  z
    .object({
      type: z.literal('text'),
      text: z.string().meta({
        description: 'Unnumbered prose: title page, foreword, list items outside paragraphs, captions.',
        zh: '无编号的文字：标题页、前言、段落外的列表项、图表说明。',
      }),
      line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
    })
    .meta({ description: 'Unnumbered prose.', zh: '无编号的文字。' }),
  z
    .object({
      type: z.literal('table'),
      table: z.string().meta({ description: 'Id of the record in `tables`.', zh: '`tables` 中记录的 id。' }),
    })
    .meta({ description: 'A table, by id (its cells are in `tables`).', zh: '表格，按 id 引用（单元格见 `tables`）。' }),
  z
    .object({
      type: z.literal('figure'),
      figure: z.string().meta({ description: 'Id of the record in `figures`.', zh: '`figures` 中记录的 id。' }),
    })
    .meta({ description: 'A figure, by id (see `figures`).', zh: '图，按 id 引用（见 `figures`）。' }),
  z
    .object({
      type: z.literal('footnote'),
      mark: z.string().meta({ description: 'Footnote mark as printed (`2`, `a`, `*`).', zh: '印出的脚注号（`2`、`a`、`*`）。' }),
      text: z.string().meta({ description: 'Footnote text.', zh: '脚注文字。' }),
      line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
    })
    .meta({ description: 'A footnote at the foot of the page.', zh: '页下脚注。' }),
]);
export type Block = z.infer<typeof blockSchema>;
