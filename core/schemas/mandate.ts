import { z } from 'zod';
import { bodySchema, documentRefFields } from './common.ts';

/** One entry of a legislative mandates list (立法授权). */
export const mandateSchema = z.object({
  id: z.string().meta({ description: '`<documentId>/mandates/<list>/<k>`.', zh: '`<documentId>/mandates/<list>/<k>`。' }),
  ...documentRefFields,
  list: z.string().meta({
    description: '`programme` for the programme-wide list, else the unit key (`1`, `9.1`).',
    zh: '方案一级清单为 `programme`，否则为单位键（`1`、`9.1`）。',
  }),
  heading: z.string().meta({ description: 'List heading as printed (`大会决议`, `公约`).', zh: '印出的清单标题（`大会决议`、`公约`）。' }),
  body: bodySchema
    .nullable()
    .meta({ description: 'Adopting body, null for conventions and other instruments.', zh: '通过机关；公约和其他文书为 null。' }),
  kind: z.enum(['resolution', 'decision', 'instrument']).meta({
    description: '`resolution`, `decision`, or `instrument` (conventions, declarations, statements).',
    zh: '`resolution`（决议）、`decision`（决定）或 `instrument`（公约、宣言、声明等文书）。',
  }),
  number: z.string().nullable().meta({
    description: 'Number as the UN writes it (`74/247`, `2331 (2016)`), null for instruments.',
    zh: '联合国书写的编号（`74/247`、`2331 (2016)`），文书为 null。',
  }),
  title: z.string().nullable().meta({
    description: 'Title as printed; entries sharing one title each carry it.',
    zh: '印出的标题；共用一个标题的各条目均载有该标题。',
  }),
  titleRepair: z
    .object({
      status: z.enum(['reassembled', 'as-printed']).meta({
        description:
          'What was done: `reassembled` (the title is joined from its printed pieces) or `as-printed` (kept incomplete, as printed).',
        zh: '处理方式：`reassembled`（由印出的各段合并）或 `as-printed`（照印出的不完整文字保留）。',
      }),
      printed: z
        .array(
          z.object({
            text: z.string().meta({ description: 'Text of the piece as printed.', zh: '该段的印出文字。' }),
            line: z.number().int().positive().meta({ description: 'Source line of the piece.', zh: '该段的原文行号。' }),
            place: z.enum(['beside-number', 'moved']).meta({
              description: '`beside-number` (printed with the number) or `moved` (printed on another row or in the other column).',
              zh: '`beside-number`（与编号同行印出）或 `moved`（印在另一行或另一栏）。',
            }),
          }),
        )
        .meta({
          description: 'The printed pieces in the order of the title: the text beside the number, then the piece(s) printed elsewhere.',
          zh: '按标题顺序列出的印出各段：编号旁的文字，其后为印在别处的一段或几段。',
        }),
      fullPrinting: z
        .object({
          mandate: z.string().meta({ description: 'Mandate id of that printing.', zh: '该处的立法授权条目 id。' }),
          title: z.string().meta({ description: 'Its title as printed.', zh: '该处印出的标题。' }),
        })
        .meta({
          description: 'Another printing of the whole title in this document, which shows that this one is cut.',
          zh: '本文件另一处印出的完整标题，据此可知此处标题被截断。',
        }),
    })
    .nullable()
    .meta({
      description:
        'Editorial note on a title the conversion cut, null when the title is printed whole. `reassembled`: the title is joined from the printed pieces, confirmed by another printing of the same resolution in the document; `as-printed`: the title is the printed, incomplete text, which could not be joined unambiguously.',
      zh: '对转换时被截断的标题所加的编者注；标题完整印出时为 null。`reassembled`：标题由印出的各段合并，并经本文件对同一决议的另一处印文核对；`as-printed`：标题为印出的不完整文字，无法确切合并。',
    }),
  resolution: z
    .string()
    .nullable()
    .meta({ description: 'Id of the resolution record, null for instruments.', zh: '决议记录的 id，文书为 null。' }),
  line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
});
export type Mandate = z.infer<typeof mandateSchema>;
