/**
 * What a Part B resource table is about, read once from its caption so that pages and charts find a table
 * by its subject, never by matching Chinese captions themselves. The captions are the genre's (every
 * fascicle prints the same overview tables); a caption the genre does not have is `other`.
 */
import type { ResourceTable } from '../../../core/schemas/resource-table.ts';

const SUBJECTS: [RegExp, ResourceTable['subject']][] = [
  [/按资金来源、构成部分、次级方案列示的\s*\d{4}\s*年拟议员额/, 'posts-by-unit'],
  [/按资金来源、构成部分、次级方案列示的财政资源/, 'funds-by-unit'],
  [/按支出用途列示的财政资源/, 'object-of-expenditure'],
  [/按职类和职等列示的拟议员额/, 'posts-by-grade'],
  [/拟议员额和员额变动/, 'posts-summary'],
  [/财政资源(和员额资源)?的(演变|变动)/, 'by-main-category'],
  [/决策机关/, 'organs'],
];

export function resourceSubject(caption: string): ResourceTable['subject'] {
  return SUBJECTS.find(([re]) => re.test(caption))?.[1] ?? 'other';
}
