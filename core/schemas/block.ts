import { z } from 'zod';

/** One piece of a document's text in reading order: how a document page is rendered end to end. */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('heading'),
    /** 1 = part (A., B.), deeper levels below; as inferred from the numbering style. */
    level: z.number().int().min(1).max(6),
    /** Heading text without markup or footnote marks. */
    text: z.string(),
    /** Anchor id on the document page. */
    anchor: z.string(),
    /** Source line. */
    line: z.number().int().positive(),
  }),
  z.object({
    type: z.literal('paragraph'),
    /** Number of the paragraph (record in `paragraphs`). */
    number: z.string(),
  }),
  z.object({
    type: z.literal('text'),
    /** Unnumbered prose: title page, foreword, list items outside paragraphs, captions. */
    text: z.string(),
    /** Source line. */
    line: z.number().int().positive(),
  }),
  z.object({
    type: z.literal('table'),
    /** Id of the record in `tables`. */
    table: z.string(),
  }),
  z.object({
    type: z.literal('figure'),
    /** Id of the record in `figures`. */
    figure: z.string(),
  }),
  z.object({
    type: z.literal('footnote'),
    /** Footnote mark as printed (`2`, `a`, `*`). */
    mark: z.string(),
    /** Footnote text. */
    text: z.string(),
    /** Source line. */
    line: z.number().int().positive(),
  }),
]);
export type Block = z.infer<typeof blockSchema>;
