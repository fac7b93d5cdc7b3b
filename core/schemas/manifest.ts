import { z } from 'zod';
import { documentKindSchema } from './common.ts';

/** One seed as the editors describe it in `seeds/manifest.json`. */
export const manifestEntrySchema = z.object({
  file: z.string().meta({ description: 'Seed file name in the seeds folder.', zh: 'seeds 文件夹中的原始文件名。' }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({
      description: 'SHA-256 of the file as shipped, hex: a changed seed is caught.',
      zh: '所提供文件的 SHA-256（十六进制）：文件一经改动即可发现。',
    }),
  symbol: z.string().meta({ description: 'UN symbol (joint symbols joined with `-`).', zh: '联合国文号（联合文号以 `-` 连接）。' }),
  symbolSource: z.enum(['printed', 'inferred']).meta({
    description: '`printed` when the text carries the symbol, `inferred` when the editors deduced it.',
    zh: '文本印有文号时为 `printed`，由编者推断时为 `inferred`。',
  }),
  symbolNote: z
    .string()
    .nullable()
    .meta({ description: 'How the symbol was found or inferred (English).', zh: '文号如何找到或推断（英文）。' }),
  symbolNoteZh: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'The same in Chinese: what the Chinese interface shows.', zh: '同一内容的中文：中文界面显示此项。' }),
  kind: documentKindSchema.meta({ description: 'Genre of the document.', zh: '文件的体裁。' }),
  titleEn: z.string().meta({ description: 'English title (UN name).', zh: '英文标题（联合国名称）。' }),
  session: z.string().meta({ description: 'Session(s) the document is for (English).', zh: '文件所针对的届会（英文）。' }),
  sessionZh: z.string().optional().meta({
    description: 'The same in Chinese, as the UN writes it (`大会第七十六届会议`): what the Chinese interface shows.',
    zh: '同一内容的中文，按联合国写法（`大会第七十六届会议`）：中文界面显示此项。',
  }),
  year: z
    .number()
    .int()
    .meta({ description: 'Year of the document (for a budget fascicle, the budget year).', zh: '文件年份（预算分册为预算年度）。' }),
  language: z.literal('zh').meta({ description: 'Language of the text (ISO 639-1).', zh: '文本语言（ISO 639-1）。' }),
});
export const manifestSchema = z.object({
  description: z.string().meta({ description: 'What this file is.', zh: '本文件的说明。' }),
  seeds: z.array(manifestEntrySchema).meta({ description: 'One entry per seed file.', zh: '每个原始文件一条。' }),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
