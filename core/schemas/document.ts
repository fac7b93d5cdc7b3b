import { z } from 'zod';
import { documentKindSchema } from './common.ts';
import { blockSchema } from './block.ts';

/** A UN document of the corpus. */
export const documentSchema = z.object({
  /** Slug of the symbol, the document's URL segment (`a-76-6-sect-16`). */
  id: z.string(),
  /** UN symbol as the site shows it (`A/76/6 (Sect. 16)`, `E/CN.7/2022/2-E/CN.15/2022/2`). */
  symbol: z.string(),
  /** Each single symbol of a joint document. */
  symbols: z.array(z.string()).min(1),
  /** Where the symbol comes from: printed in the text, or inferred by the editors (the site says so). */
  symbolSource: z.enum(['printed', 'inferred']),
  /** Why the symbol is what it is, when inferred (English, from the manifest). */
  symbolNote: z.string().nullable(),
  /** The same in Chinese (manifest `symbolNoteZh`), shown by the Chinese interface; absent when the manifest has none. */
  symbolNoteZh: z.string().nullable().optional(),
  /** Genre of the document. */
  kind: documentKindSchema,
  /** Title in Chinese, as printed. */
  title: z.string(),
  /** Title in English (UN name), from the manifest. */
  titleEn: z.string(),
  /** Session(s) or meeting the document is for, as the manifest states. */
  session: z.string(),
  /** The same in Chinese (manifest `sessionZh`), shown by the Chinese interface; absent when the manifest has none. */
  sessionZh: z.string().optional(),
  /** Year the document is dated or the budget year it concerns. */
  year: z.number().int(),
  /** Language of the text (ISO 639-1). */
  language: z.literal('zh'),
  /** Seed file name. */
  sourceFile: z.string(),
  /** SHA-256 of the seed file, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Number of lines of the seed file. */
  lineCount: z.number().int().positive(),
  /** The whole text in reading order. */
  blocks: z.array(blockSchema),
  /** Permanent URL path of the document page. */
  url: z.string(),
});
export type DocumentRecord = z.infer<typeof documentSchema>;
