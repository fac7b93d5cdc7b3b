/** Reports of the Executive Director on the activities of UNODC (E/CN.7/yyyy/2-E/CN.15/yyyy/2). */
import type { Parser } from '../types.ts';
import { parseNarrative, type NarrativeGenre } from '../narrative/index.ts';

export const edReportGenre: NarrativeGenre = {
  kind: 'ed-report',
  description: 'report of the Executive Director',
  marker: /^执行主任的报告$/,
  titleIncludesMarker: true,
  recommendationsChapter: /^建议$/,
  readsMeetings: false,
};

export const parseEdReport: Parser = (input) => parseNarrative(input, edReportGenre);
