import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A recommendation paragraph of a report (its 建议 chapter), or a conclusion of a working-group note. */
export const recommendationSchema = z.object({
  id: z.string().meta({ description: '`<documentId>/recommendation-<paragraph>`.', zh: '`<documentId>/recommendation-<paragraph>`。' }),
  ...documentRefFields,
  paragraph: z.string().meta({ description: 'Paragraph number.', zh: '段落编号。' }),
  theme: z.string().nullable().meta({ description: 'Theme heading it stands under, as printed.', zh: '建议所在的印出主题标题。' }),
  addressees: z
    .array(z.enum(['CND', 'CCPCJ', 'both', 'member-states', 'working-group']))
    .meta({ description: 'Which commission(s) it addresses, as the text names them.', zh: '建议所针对的委员会，依文本所称。' }),
  text: z.string().meta({ description: 'Text of the paragraph, sub-items included.', zh: '段落全文，包括分项。' }),
  line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
  url: z.string().meta({ description: 'Permanent URL (paragraph anchor).', zh: '永久链接（段落锚点）。' }),
});
export type Recommendation = z.infer<typeof recommendationSchema>;
