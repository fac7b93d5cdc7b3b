import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A figure; its chart image was lost in conversion, so only its title and what the text says of it remain. */
export const figureSchema = z.object({
  /** `<documentId>/figure-<number>` with the number normalised to Roman numerals. */
  id: z.string(),
  ...documentRefFields,
  /** Number as printed (`16.三`, `16.19`). */
  numberPrinted: z.string(),
  /** Number normalised (`16.III`, `16.XIX`). */
  number: z.string(),
  /** Title lines as printed. */
  title: z.string(),
  /** True: the chart image is not in the source. */
  imageLost: z.boolean(),
  /** Sentences of paragraphs that cite the figure, verbatim: the only values the site may show. */
  statedInText: z.array(z.object({
    /** Citing paragraph number. */
    paragraph: z.string(),
    /** The sentence, verbatim. */
    text: z.string(),
  })),
  /** Result whose performance measure the figure is, else null. */
  result: z.string().nullable(),
  /** Source line. */
  line: z.number().int().positive(),
  /** Permanent URL (document page and anchor). */
  url: z.string(),
});
export type Figure = z.infer<typeof figureSchema>;
