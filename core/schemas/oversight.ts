import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A report symbol with the paragraph where something is said (`A/75/339/Add.1`, `1 269`). */
export const reportPlaceSchema = z.object({
  /** UN symbol as printed. */
  symbol: z.string(),
  /** Paragraph or chapter as printed (`第 1 269 段`, `第二章`), null when none is given. */
  place: z.string().nullable(),
});

/**
 * One recommendation of an oversight body in a budget fascicle's annex on follow-up action
 * (为执行监督机构相关建议而采取的后续行动汇总), with the action taken as printed.
 */
export const oversightRecommendationSchema = z.object({
  /** `<documentId>/oversight-<k>`, k counted in the annex's order. */
  id: z.string(),
  ...documentRefFields,
  /** Oversight body as printed (`审计委员会`, `行政和预算问题咨询委员会`). */
  body: z.string(),
  /** The body's UN abbreviation where the site knows it (`BOA`, `ACABQ`, `JIU`, `OIOS`), else null. */
  bodyCode: z.enum(['BOA', 'ACABQ', 'JIU', 'OIOS']).nullable(),
  /** The oversight report(s) the recommendation comes from, as printed above it (`A/73/5/Add.10`, `第二章`). */
  reports: z.array(reportPlaceSchema).min(1),
  /** Paragraph of the report that makes the recommendation, as printed at its end (`144`, `四.102`), else null. */
  paragraph: z.string().nullable(),
  /** The recommendation as summarised in the annex. */
  recommendation: z.string(),
  /** Action taken, as printed (every paragraph of it). */
  action: z.string(),
  /** Status as the action text states it (its first sentence when it says so: `这项建议正在执行中。`), else null. */
  status: z.string().nullable(),
  /** Reports the action text refers to for progress, with the paragraph given. */
  progressIn: z.array(reportPlaceSchema),
  /** Source line of the recommendation. */
  line: z.number().int().positive(),
  /** Permanent URL (the oversight page and the recommendation's anchor). */
  url: z.string(),
});
export type OversightRecommendation = z.infer<typeof oversightRecommendationSchema>;
