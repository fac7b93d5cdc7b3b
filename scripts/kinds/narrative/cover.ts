/**
 * What the title page says about when the document is for and what it covers: each session it is submitted to
 * (a body line, a session line, a line of dates and place) and the period its summary says it covers.
 */
import { bodies, type Body } from '../../../core/schemas/common.ts';
import { bodyNames } from '../../../core/bodies.ts';
import { dateSpan, findPrintedDates } from '../../../core/dates.ts';
import type { CoverSession, ReportingPeriod } from '../../../core/schemas/sitting.ts';

const SESSION_LINE = /^第[一二三四五六七八九十百零〇]+届(?:特别)?会议(?:续会)?$/;
/** A line that starts with its date (`2022年3月14日至18日，维也纳`). */
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月/;

function bodyOfLine(text: string): Body | null {
  return bodies.find((b) => bodyNames[b].zh === text) ?? null;
}

/** Each `body / session / dates` triple of the title page, in printed order; a body line without both is skipped. */
export function readCoverSessions(texts: string[]): CoverSession[] {
  const out: CoverSession[] = [];
  let body: Body | null = null;
  let session: string | null = null;
  for (const raw of texts) {
    const text = raw.trim();
    const named = bodyOfLine(text);
    if (named) {
      body = named;
      session = null;
      continue;
    }
    if (body && SESSION_LINE.test(text)) {
      session = text;
      continue;
    }
    if (body && session && DATE_LINE.test(text)) {
      const first = findPrintedDates(text)[0];
      const span = first ? dateSpan(first, null) : null;
      if (span) out.push({ body, session, dates: text, ...span });
      body = null;
      session = null;
    }
  }
  return out;
}

/** `涵盖工作组 2022 年 2 月 4 日至 9 月 20 日期间的工作`: a run of dates right before `期间`, after `涵盖`. */
const COVERS = /涵盖[^。]*?期间/;
/** `在2021年开展的活动`, `2011 年期间…开展的活动`: the year a report's activities are from. */
const ACTIVITY_YEAR = /(\d{4})(\s*年)(?:期间)?[^。；\d]{0,40}?开展的活动/;

/** The period the summary says the document covers; null when it says none in these words. */
export function readReportingPeriod(texts: string[]): ReportingPeriod | null {
  for (const text of texts) {
    const covers = COVERS.exec(text);
    if (covers) {
      const dates = findPrintedDates(covers[0]).at(-1);
      const span = dates ? dateSpan(dates, null) : null;
      if (dates && span) return { text: dates.text, ...span };
    }
    const year = ACTIVITY_YEAR.exec(text);
    if (year) return { text: `${year[1]}${year[2]}`, start: year[1]!, end: year[1]! };
  }
  return null;
}
