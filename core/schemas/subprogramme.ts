import { z } from 'zod';
import { documentRefFields, unitKeySchema } from './common.ts';

/** A subprogramme of a budget fascicle, or one component of a subprogramme. */
export const subprogrammeSchema = z.object({
  /** `<documentId>/<key>`. */
  id: z.string(),
  ...documentRefFields,
  /** Unit key: `1`…`9`, or `9.1` for component 1 of subprogramme 9. */
  key: unitKeySchema,
  /** Subprogramme number (`1`…`9`). */
  number: z.string(),
  /** Component number (`1`, `2`) or null for the subprogramme itself. */
  component: z.string().nullable(),
  /** Title as printed. */
  title: z.string(),
  /** Keys of its components (empty unless the subprogramme has components). */
  components: z.array(z.string()),
  /** Objective sentence. */
  objective: z.string().nullable(),
  /** Number of the paragraph stating the objective. */
  objectiveParagraph: z.string().nullable(),
  /** Numbers of the strategy paragraphs. */
  strategyParagraphs: z.array(z.string()),
  /** Numbers of the paragraphs on the impact of COVID-19 on delivery. */
  covidParagraphs: z.array(z.string()),
  /** Ids of its results (emerging result first, then numbered ones). */
  results: z.array(z.string()),
  /** Id of its deliverables table, if any. */
  deliverablesTable: z.string().nullable(),
  /** Ids of its resource tables in Part B. */
  resourceTables: z.array(z.string()),
  /** Source line of its heading. */
  line: z.number().int().positive(),
  /** Permanent URL. */
  url: z.string(),
});
export type Subprogramme = z.infer<typeof subprogrammeSchema>;
