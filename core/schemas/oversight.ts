import { z } from 'zod';
import { documentRefFields } from './common.ts';

/** A report symbol with the paragraph where something is said (`A/75/339/Add.1`, `1 269`). */
export const reportPlaceSchema = z.object({
  symbol: z.string().meta({ description: 'UN symbol as printed.', zh: '印出的联合国文号。' }),
  place: z.string().nullable().meta({
    description: 'Paragraph or chapter as printed (`第 1 269 段`, `第二章`), null when none is given.',
    zh: '印出的段落或章（`第 1 269 段`、`第二章`），未注明时为 null。',
  }),
});

/**
 * One recommendation of an oversight body in a budget fascicle's annex on follow-up action
 * (为执行监督机构相关建议而采取的后续行动汇总), with the action taken as printed.
 */
export const oversightRecommendationSchema = z.object({
  id: z.string().meta({
    description: "`<documentId>/oversight-<k>`, k counted in the annex's order.",
    zh: '`<documentId>/oversight-<k>`，k 按附件中的顺序计数。',
  }),
  ...documentRefFields,
  body: z.string().meta({
    description: 'Oversight body as printed (`审计委员会`, `行政和预算问题咨询委员会`).',
    zh: '印出的监督机构（`审计委员会`、`行政和预算问题咨询委员会`）。',
  }),
  bodyCode: z.enum(['BOA', 'ACABQ', 'JIU', 'OIOS']).nullable().meta({
    description: "The body's UN abbreviation where the site knows it (`BOA`, `ACABQ`, `JIU`, `OIOS`), else null.",
    zh: '网站所知的该机构联合国缩写（`BOA`、`ACABQ`、`JIU`、`OIOS`），否则为 null。',
  }),
  reports: z.array(reportPlaceSchema).min(1).meta({
    description: 'The oversight report(s) the recommendation comes from, as printed above it (`A/73/5/Add.10`, `第二章`).',
    zh: '建议所出自的监督报告，依其上方所印（`A/73/5/Add.10`、`第二章`）。',
  }),
  paragraph: z.string().nullable().meta({
    description: 'Paragraph of the report that makes the recommendation, as printed at its end (`144`, `四.102`), else null.',
    zh: '提出建议的报告段落，依建议末尾所印（`144`、`四.102`），否则为 null。',
  }),
  recommendation: z.string().meta({ description: 'The recommendation as summarised in the annex.', zh: '附件所概述的建议。' }),
  action: z.string().meta({ description: 'Action taken, as printed (every paragraph of it).', zh: '印出的已采取行动（全部段落）。' }),
  status: z.string().nullable().meta({
    description: 'Status as the action text states it (its first sentence when it says so: `这项建议正在执行中。`), else null.',
    zh: '行动文字所述的状况（如有说明，取其第一句：`这项建议正在执行中。`），否则为 null。',
  }),
  progressIn: z.array(reportPlaceSchema).meta({
    description: 'Reports the action text refers to for progress, with the paragraph given.',
    zh: '行动文字为说明进展而提及的报告及所注段落。',
  }),
  line: z.number().int().positive().meta({ description: 'Source line of the recommendation.', zh: '该建议的原文行号。' }),
  url: z.string().meta({
    description: "Permanent URL (the oversight page and the recommendation's anchor).",
    zh: '永久链接（监督页面及该建议的锚点）。',
  }),
});
export type OversightRecommendation = z.infer<typeof oversightRecommendationSchema>;
