import { z } from 'zod';
import { citationPlaceFields } from './resolution.ts';

/** A UN document symbol cited in the corpus (A/75/339/Add.1, E/CN.7/2022/3). */
export const citedDocumentSchema = z.object({
  id: z.string().meta({ description: 'Slug of the symbol.', zh: '文号的网址段。' }),
  symbol: z.string().meta({ description: 'Symbol as the UN writes it.', zh: '联合国书写的文号。' }),
  inCorpus: z
    .string()
    .nullable()
    .meta({ description: 'Id of the corpus document with this symbol, else null.', zh: '本站持有的带此文号文件的 id，否则为 null。' }),
  citations: z
    .array(
      z.object({
        document: z.string().meta({ description: 'Symbol of the citing document.', zh: '引用文件的文号。' }),
        documentId: z.string().meta({ description: 'Slug of the citing document.', zh: '引用文件的网址段。' }),
        paragraph: z.string().nullable().meta({
          description: 'Number of the paragraph it is printed in, or that the table or footnote holding it belongs to; else null.',
          zh: '印有引用的段落编号，或载有引用的表格或脚注所属段落的编号；否则为 null。',
        }),
        mandateList: z
          .string()
          .nullable()
          .meta({ description: 'Mandate list whose entry prints it, else null.', zh: '印有引用的立法授权清单，否则为 null。' }),
        line: z.number().int().positive().meta({
          description: 'Source line (for checking against the seed; the site shows the place, never the line).',
          zh: '原文行号（供与原始文件核对；网站显示位置，从不显示行号）。',
        }),
        ...citationPlaceFields,
      }),
    )
    .meta({ description: 'Every place it is cited.', zh: '每一处引用。' }),
  url: z.string().meta({ description: 'Permanent URL.', zh: '永久链接。' }),
});
export type CitedDocument = z.infer<typeof citedDocumentSchema>;
