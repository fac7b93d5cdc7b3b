import { z } from 'zod';
import { bodySchema, documentRefFields } from './common.ts';

/** One entry of a legislative mandates list (立法授权). */
export const mandateSchema = z.object({
  id: z.string().meta({ description: '`<documentId>/mandates/<list>/<k>`.', zh: '`<documentId>/mandates/<list>/<k>`。' }),
  ...documentRefFields,
  list: z.string().meta({ description: '`programme` for the programme-wide list, else the unit key (`1`, `9.1`).', zh: '方案一级清单为 `programme`，否则为单位键（`1`、`9.1`）。' }),
  heading: z.string().meta({ description: 'List heading as printed (`大会决议`, `公约`).', zh: '印出的清单标题（`大会决议`、`公约`）。' }),
  body: bodySchema.nullable().meta({ description: 'Adopting body, null for conventions and other instruments.', zh: '通过机关；公约和其他文书为 null。' }),
  kind: z.enum(['resolution', 'decision', 'instrument']).meta({ description: '`resolution`, `decision`, or `instrument` (conventions, declarations, statements).', zh: '`resolution`（决议）、`decision`（决定）或 `instrument`（公约、宣言、声明等文书）。' }),
  number: z.string().nullable().meta({ description: 'Number as the UN writes it (`74/247`, `2331 (2016)`), null for instruments.', zh: '联合国书写的编号（`74/247`、`2331 (2016)`），文书为 null。' }),
  title: z.string().nullable().meta({ description: 'Title as printed; entries sharing one title each carry it.', zh: '印出的标题；共用一个标题的各条目均载有该标题。' }),
  resolution: z.string().nullable().meta({ description: 'Id of the resolution record, null for instruments.', zh: '决议记录的 id，文书为 null。' }),
  line: z.number().int().positive().meta({ description: 'Source line.', zh: '原文行号。' }),
});
export type Mandate = z.infer<typeof mandateSchema>;
