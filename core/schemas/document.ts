import { z } from 'zod';
import { documentKindSchema } from './common.ts';
import { blockSchema } from './block.ts';
import { coverSessionSchema, meetingSchema, reportingPeriodSchema } from './sitting.ts';

/** A UN document of the corpus. */
export const documentSchema = z.object({
  id: z.string().meta({
    description: "Slug of the symbol, the document's URL segment (`a-76-6-sect-16`).",
    zh: '文号的网址段，即文件页面的网址段（`a-76-6-sect-16`）。',
  }),
  symbol: z.string().meta({
    description: 'UN symbol as the site shows it (`A/76/6 (Sect. 16)`, `E/CN.7/2022/2-E/CN.15/2022/2`).',
    zh: '网站所示的联合国文号（`A/76/6 (Sect. 16)`、`E/CN.7/2022/2-E/CN.15/2022/2`）。',
  }),
  symbols: z.array(z.string()).min(1).meta({ description: 'Each single symbol of a joint document.', zh: '联合文件的每个单一文号。' }),
  symbolSource: z.enum(['printed', 'inferred']).meta({
    description: 'Where the symbol comes from: printed in the text, or inferred by the editors (the site says so).',
    zh: '文号的来源：文本中印出，或由编者推断（网站会注明）。',
  }),
  symbolNote: z.string().nullable().meta({
    description: 'Why the symbol is what it is, when inferred (English, from the manifest).',
    zh: '推断文号的理由（英文，来自清单文件）。',
  }),
  symbolNoteZh: z.string().nullable().optional().meta({
    description: 'The same in Chinese (manifest `symbolNoteZh`), shown by the Chinese interface; absent when the manifest has none.',
    zh: '同一说明的中文（清单文件的 `symbolNoteZh`），由中文界面显示；清单无此项时缺省。',
  }),
  kind: documentKindSchema.meta({ description: 'Genre of the document.', zh: '文件的体裁。' }),
  title: z.string().meta({ description: 'Title in Chinese, as printed.', zh: '中文标题，与原文所印一致。' }),
  titleEn: z.string().meta({ description: 'Title in English (UN name), from the manifest.', zh: '英文标题（联合国名称），来自清单文件。' }),
  session: z.string().meta({
    description: 'Session(s) or meeting the document is for, as the manifest states.',
    zh: '文件所针对的届会或会议，依清单文件所述。',
  }),
  sessionZh: z.string().optional().meta({
    description: 'The same in Chinese (manifest `sessionZh`), shown by the Chinese interface; absent when the manifest has none.',
    zh: '同一内容的中文（清单文件的 `sessionZh`），由中文界面显示；清单无此项时缺省。',
  }),
  year: z
    .number()
    .int()
    .meta({ description: 'Year the document is dated or the budget year it concerns.', zh: '文件的日期年份或其所涉预算年度。' }),
  cover: z.array(coverSessionSchema).optional().meta({
    description:
      'Sessions the cover page prints the document for (narrative genres), in printed order; absent or empty where none is printed.',
    zh: '封面所印文件提交的会议（叙述性文件），按印刷顺序；未印时缺省或为空。',
  }),
  period: reportingPeriodSchema.nullable().optional().meta({
    description: 'Period the document reports on, as its summary prints it; null or absent where none is printed.',
    zh: '文件摘要所印的报告所涉期间；未印时为空或缺省。',
  }),
  meetings: z.array(meetingSchema).optional().meta({
    description: 'Meetings the document reports on (working-group notes), in order of date; absent for other genres.',
    zh: '文件所报告的会议（工作组的说明），按日期排列；其他体裁缺省。',
  }),
  language: z.literal('zh').meta({ description: 'Language of the text (ISO 639-1).', zh: '文本语言（ISO 639-1）。' }),
  sourceFile: z.string().meta({ description: 'Seed file name.', zh: '原始文件名。' }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: 'SHA-256 of the seed file, hex.', zh: '原始文件的 SHA-256（十六进制）。' }),
  lineCount: z.number().int().positive().meta({ description: 'Number of lines of the seed file.', zh: '原始文件的行数。' }),
  blocks: z.array(blockSchema).meta({ description: 'The whole text in reading order.', zh: '按阅读顺序排列的全文。' }),
  url: z.string().meta({ description: 'Permanent URL path of the document page.', zh: '文件页面的永久链接路径。' }),
  chapters: z
    .array(
      z
        .object({
          key: z.string().meta({
            description: "URL segment: the anchor of the chapter's first heading (`subprogramme-3`), `front` for text before any heading.",
            zh: '网址段：本章第一个标题的锚点（`subprogramme-3`）；标题之前的文字为 `front`。',
          }),
          title: z.string().meta({
            description: "The chapter's first heading as printed (empty for the front matter).",
            zh: '本章第一个标题，与原文一致（封面部分为空）。',
          }),
          from: z
            .number()
            .int()
            .nonnegative()
            .meta({ description: "Index of the chapter's first block in `blocks`.", zh: '本章第一个块在 `blocks` 中的位置。' }),
          to: z
            .number()
            .int()
            .nonnegative()
            .meta({ description: "Index after the chapter's last block.", zh: '本章最后一个块之后的位置。' }),
          url: z.string().meta({ description: 'Permanent URL path of the chapter page.', zh: '本章页面的永久链接路径。' }),
          anchors: z.array(z.string()).meta({
            description: 'Every anchor of the document page this chapter page holds (the document page forwards them here).',
            zh: '本章页面所含的文件页面锚点（文件页面把这些锚点转到本章）。',
          }),
        })
        .meta({ description: 'A chapter page of a long document.', zh: '长文件的一章页面。' }),
    )
    .optional()
    .meta({
      description:
        'Chapter pages a long document is cut into at its own headings, in reading order (absent or empty: the document is one page).',
      zh: '长文件按其标题切分成的各章页面，按阅读顺序（缺省或为空：文件只有一页）。',
    }),
});
export type DocumentRecord = z.infer<typeof documentSchema>;
