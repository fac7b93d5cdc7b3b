/**
 * Dates as Chinese UN documents print them: `2022年3月14日至18日`, `2022 年 12 月 8 日和 9 日`,
 * `2019年10月29日至12月10日`, `2 月 7 日和 8 日` (year given by the context). Read into ISO dates
 * (`YYYY-MM-DD`) so documents and meetings can be ordered; the printed text is always kept beside them.
 */

/** One calendar day of a printed date: month and day, year where printed. */
interface Day {
  year: number | null;
  month: number | null;
  day: number;
}

/** A run of days as printed: the first and last day, how they are joined, and the text matched. */
export interface PrintedDates {
  /** The text as printed (spaces kept). */
  text: string;
  /** Offset of the text in the string searched. */
  index: number;
  /** Each day named, in order (`至` gives two: the first and the last). */
  days: Day[];
  /** `range` (`至`) or `list` (`和`, `、`), `single` for one day. */
  form: 'single' | 'range' | 'list';
}

const ONE_DAY = String.raw`(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日`;
/** A first day with its month (the year may be given by the context), then further days joined by 至, 和, 、. */
const DATES = new RegExp(String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|和|、|及)\s*${ONE_DAY})*`, 'g');
const NEXT_DAY = new RegExp(String.raw`(至|和|、|及)\s*${ONE_DAY}`, 'g');

/** Every printed date or run of dates in a text, in order. */
export function findPrintedDates(text: string): PrintedDates[] {
  const out: PrintedDates[] = [];
  for (const m of text.matchAll(DATES)) {
    const days: Day[] = [{ year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) }];
    let form: PrintedDates['form'] = 'single';
    const rest = m[0].slice(m[0].indexOf('日') + 1);
    for (const n of rest.matchAll(NEXT_DAY)) {
      form = n[1] === '至' ? 'range' : 'list';
      days.push({ year: n[2] ? Number(n[2]) : null, month: n[3] ? Number(n[3]) : null, day: Number(n[4]) });
    }
    out.push({ text: m[0], index: m.index, days, form });
  }
  return out;
}

/** `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ISO days of a printed run: a missing month is the previous day's, a missing year the previous day's or
 * else `contextYear` (null when neither is known: the days cannot be placed).
 */
export function resolveDays(dates: PrintedDates, contextYear: number | null): string[] | null {
  let year = contextYear;
  let month: number | null = null;
  const out: string[] = [];
  for (const d of dates.days) {
    // A later day in an earlier month without its year runs into the next year (`12月28日至1月5日`).
    if (d.year === null && d.month !== null && month !== null && year !== null && d.month < month) year++;
    year = d.year ?? year;
    month = d.month ?? month;
    if (year === null || month === null) return null;
    out.push(isoDate(year, month, d.day));
  }
  return out;
}

/** First and last ISO day of a printed run, null when its year is unknown. */
export function dateSpan(dates: PrintedDates, contextYear: number | null): { start: string; end: string } | null {
  const days = resolveDays(dates, contextYear);
  if (!days) return null;
  return { start: days[0]!, end: days.at(-1)! };
}
