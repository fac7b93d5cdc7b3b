import { z } from 'zod';
import { bodySchema } from './common.ts';

/** An ISO date (`2022-03-14`), or a year alone (`2021`) where only the year is printed. */
export const isoDateSchema = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/);

/** A session a document is for, as its cover page prints it (body, session, dates, place). */
export const coverSessionSchema = z.object({
  body: bodySchema.meta({ description: 'The commission or organ named above the session line.', zh: '会议行上方所印的委员会或机关。' }),
  session: z
    .string()
    .meta({ description: 'Session line as printed (`第六十五届会议续会`).', zh: '所印的届会行（`第六十五届会议续会`）。' }),
  dates: z.string().meta({
    description: 'Dates and place as printed (`2022年3月14日至18日，维也纳`).',
    zh: '所印的日期和地点（`2022年3月14日至18日，维也纳`）。',
  }),
  start: isoDateSchema.meta({ description: 'First day of the session (ISO).', zh: '会议第一天（ISO 格式）。' }),
  end: isoDateSchema.meta({ description: 'Last day of the session (ISO).', zh: '会议最后一天（ISO 格式）。' }),
});
export type CoverSession = z.infer<typeof coverSessionSchema>;

/** The period a document reports on, as printed in its summary (`2019 年 10 月 29 日至 12 月 10 日期间`, `2021年`). */
export const reportingPeriodSchema = z.object({
  text: z.string().meta({ description: 'The period as printed.', zh: '所印的期间。' }),
  start: isoDateSchema.meta({
    description: 'First day (ISO), or the year alone where only the year is printed.',
    zh: '第一天（ISO 格式）；只印年份的为年份。',
  }),
  end: isoDateSchema.meta({
    description: 'Last day (ISO), or the year alone where only the year is printed.',
    zh: '最后一天（ISO 格式）；只印年份的为年份。',
  }),
});
export type ReportingPeriod = z.infer<typeof reportingPeriodSchema>;

/** A meeting a note reports on, as its paragraphs date and name it (`2 月 7 日和 8 日举行的第一次常会`). */
export const meetingSchema = z.object({
  dates: z.string().meta({ description: 'Dates as printed.', zh: '所印的日期。' }),
  start: isoDateSchema.meta({
    description: 'First day (ISO; a year not printed with the date is the one printed before it, else the period’s).',
    zh: '第一天（ISO 格式；日期未印年份的，取前文所印年份，否则取所涉期间的年份）。',
  }),
  end: isoDateSchema.meta({ description: 'Last day (ISO).', zh: '最后一天（ISO 格式）。' }),
  name: z.string().meta({
    description: 'What the meeting is called, as printed (`第一次常会`, `会议`, `非正式磋商`).',
    zh: '所印的会议名称（`第一次常会`、`会议`、`非正式磋商`）。',
  }),
  paragraph: z.string().meta({ description: 'Paragraph that first dates and names it.', zh: '首次注明其日期和名称的段落。' }),
  paragraphs: z.array(z.string()).meta({
    description: 'Paragraphs that report on it: from that paragraph to the next meeting’s, within its chapter.',
    zh: '报告该次会议的段落：从该段起至下一次会议的段落为止（同一章内）。',
  }),
  url: z.string().meta({ description: 'Permalink of the paragraph that first names it.', zh: '首次提及该会议的段落的永久链接。' }),
});
export type Meeting = z.infer<typeof meetingSchema>;
