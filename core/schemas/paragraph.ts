import { z } from 'zod';
import { documentRefFields, lineSpanSchema, unitKeySchema } from './common.ts';

/** A numbered paragraph (16.24, 12, …), joined across page breaks. */
export const paragraphSchema = z.object({
  /** `<documentId>/<number>`. */
  id: z.string(),
  ...documentRefFields,
  /** Paragraph number as printed (`16.24`, `12`). */
  number: z.string(),
  /** Text without footnote marks; sub-items (a), (b), (一) start new lines. */
  text: z.string(),
  /** Headings above the paragraph, outermost first. */
  headingPath: z.array(z.string()),
  /** Planning unit the paragraph belongs to (budget fascicles), else null. */
  unit: unitKeySchema.nullable(),
  /** Result the paragraph is part of, else null. */
  result: z.string().nullable(),
  /** Footnotes whose marks stand in the paragraph. */
  footnotes: z.array(z.object({
    /** Mark as printed. */
    mark: z.string(),
    /** Footnote text. */
    text: z.string(),
  })),
  /** Source lines the paragraph spans, page headers and footnotes in between included. */
  lines: lineSpanSchema,
  /** Permanent URL (page and anchor). */
  url: z.string(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;
