import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A recommendation paragraph of a report (its 建议 chapter), or a conclusion of a working-group note. */
export const recommendationSchema = z.object({
  /** `<documentId>/recommendation-<paragraph>`. */
  id: z.string(),
  ...documentRefFields,
  /** Paragraph number. */
  paragraph: z.string(),
  /** Theme heading it stands under, as printed. */
  theme: z.string().nullable(),
  /** Which commission(s) it addresses, as the text names them. */
  addressees: z.array(z.enum(['CND', 'CCPCJ', 'both', 'member-states', 'working-group'])),
  /** Text of the paragraph, sub-items included. */
  text: z.string(),
  /** Source line. */
  line: z.number().int().positive(),
  /** Permanent URL (paragraph anchor). */
  url: z.string(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;
