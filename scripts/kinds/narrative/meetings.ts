/**
 * The meetings a working-group note reports on, as its paragraphs date and name them: a printed date (or run of
 * dates) followed by `举行的…会议/常会` or `举行了…会议/磋商`, or directly by the name in a list
 * (`2 月 7 日和 8 日第一次常会`). A date without its year takes the year last printed before it, else the
 * reporting period's. Each meeting keeps the paragraphs that report on it: from the paragraph first naming it
 * to the next meeting's, within the chapter.
 */
import { dateSpan, findPrintedDates, resolveDays, type PrintedDates } from '../../../core/dates.ts';
import { numeralValue } from '../../../core/numerals.ts';
import { permalinks } from '../../../core/permalinks.ts';
import type { Meeting, ReportingPeriod } from '../../../core/schemas/sitting.ts';

/** What follows a date when it names a meeting: the verb (optional in lists), a count, the meeting's name. */
const NAMED =
  /^\s*(?:举行的|举行了|举行)?\s*(?:(一|两|二|三|四|五|六|七|八|九|十)次)?\s*(?!的)(第[一二三四五六七八九十]+次常会|[^\s，。；、（）()\d]{0,6}?(?:会议|常会|磋商))/;

export interface MeetingParagraph {
  number: string;
  text: string;
  /** The chapter it stands in (first heading), to bound a meeting's paragraphs. */
  chapter: string | null;
}

interface Mention {
  dates: string;
  start: string;
  end: string;
  name: string;
  at: number;
}

/** The meetings a paragraph names; `year` is the year in force before it (updated by dates printed with a year). */
function mentionsIn(text: string, at: number, year: { value: number | null }): Mention[] {
  const out: Mention[] = [];
  for (const dates of findPrintedDates(text)) {
    const explicit = dates.days.find((d) => d.year !== null)?.year ?? null;
    if (explicit !== null) year.value = explicit;
    const named = NAMED.exec(text.slice(dates.index + dates.text.length));
    if (!named) continue;
    const name = named[2]!;
    const count = named[1] ? numeralValue(named[1] === '两' ? '二' : named[1]) : null;
    out.push(...splitByCount(dates, count, name, at, year.value));
  }
  return out;
}

/** `10月29日、11月26日和12月10日举行了三次非正式会议`: as many meetings as the count says, one per date. */
function splitByCount(dates: PrintedDates, count: number | null, name: string, at: number, year: number | null): Mention[] {
  const days = resolveDays(dates, year);
  if (!days) return [];
  if (count !== null && count > 1 && count === dates.days.length && dates.form === 'list') {
    return days.map((d, k) => ({ dates: printedDay(dates, k), start: d, end: d, name, at }));
  }
  const span = dateSpan(dates, year)!;
  return [{ dates: dates.text, ...span, name, at }];
}

/** The k-th day of a printed list, as printed (`11月26日`). */
function printedDay(dates: PrintedDates, k: number): string {
  const parts = dates.text.split(/\s*(?:和|、|及)\s*/);
  return parts[k] ?? dates.text;
}

export function readMeetings(documentId: string, paragraphs: MeetingParagraph[], period: ReportingPeriod | null): Meeting[] {
  const year = { value: period ? Number(period.start.slice(0, 4)) : null };
  const mentions: Mention[] = [];
  paragraphs.forEach((p, k) => mentions.push(...mentionsIn(p.text, k, year)));
  const first = new Map<string, Mention>();
  for (const m of mentions) if (!first.has(m.start)) first.set(m.start, m);
  const starts = [...new Set([...first.values()].map((m) => m.at))].sort((a, b) => a - b);
  const meetings = [...first.values()].map((m): Meeting => {
    const p = paragraphs[m.at]!;
    const next = starts.find((s) => s > m.at) ?? paragraphs.length;
    const own = paragraphs
      .slice(m.at, next)
      .filter((q) => q.chapter === p.chapter)
      .map((q) => q.number);
    return {
      dates: m.dates,
      start: m.start,
      end: m.end,
      name: m.name,
      paragraph: p.number,
      paragraphs: own,
      url: permalinks.paragraph(documentId, p.number),
    };
  });
  return meetings.sort((a, b) => a.start.localeCompare(b.start));
}
