import { z } from 'zod';
import { bodySchema, documentRefFields } from './common.ts';

/** One entry of a legislative mandates list (立法授权). */
export const mandateSchema = z.object({
  /** `<documentId>/mandates/<list>/<k>`. */
  id: z.string(),
  ...documentRefFields,
  /** `programme` for the programme-wide list, else the unit key (`1`, `9.1`). */
  list: z.string(),
  /** List heading as printed (`大会决议`, `公约`). */
  heading: z.string(),
  /** Adopting body, null for conventions and other instruments. */
  body: bodySchema.nullable(),
  /** `resolution`, `decision`, or `instrument` (conventions, declarations, statements). */
  kind: z.enum(['resolution', 'decision', 'instrument']),
  /** Number as the UN writes it (`74/247`, `2331 (2016)`), null for instruments. */
  number: z.string().nullable(),
  /** Title as printed; entries sharing one title each carry it. */
  title: z.string().nullable(),
  /** Id of the resolution record, null for instruments. */
  resolution: z.string().nullable(),
  /** Source line. */
  line: z.number().int().positive(),
});
export type Mandate = z.infer<typeof mandateSchema>;
