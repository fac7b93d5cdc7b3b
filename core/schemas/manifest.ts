import { z } from 'zod';
import { documentKindSchema } from './common.ts';

/** One seed as the editors describe it in `seeds/manifest.json`. */
export const manifestEntrySchema = z.object({
  /** Seed file name in the seeds folder. */
  file: z.string(),
  /** SHA-256 of the file as shipped, hex: a changed seed is caught. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** UN symbol (joint symbols joined with `-`). */
  symbol: z.string(),
  /** `printed` when the text carries the symbol, `inferred` when the editors deduced it. */
  symbolSource: z.enum(['printed', 'inferred']),
  /** How the symbol was found or inferred (English). */
  symbolNote: z.string().nullable(),
  /** The same in Chinese: what the Chinese interface shows. */
  symbolNoteZh: z.string().nullable().optional(),
  /** Genre of the document. */
  kind: documentKindSchema,
  /** English title (UN name). */
  titleEn: z.string(),
  /** Session(s) the document is for (English). */
  session: z.string(),
  /** The same in Chinese, as the UN writes it (`大会第七十六届会议`): what the Chinese interface shows. */
  sessionZh: z.string().optional(),
  /** Year of the document (for a budget fascicle, the budget year). */
  year: z.number().int(),
  /** Language of the text (ISO 639-1). */
  language: z.literal('zh'),
});
export const manifestSchema = z.object({
  /** What this file is. */
  description: z.string(),
  /** One entry per seed file. */
  seeds: z.array(manifestEntrySchema),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
