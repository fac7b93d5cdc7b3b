/** Printed dates, the title page's sessions and reporting period, a working group's meetings. */
import { describe, expect, test } from 'vitest';
import { dateSpan, findPrintedDates } from '../../core/dates.ts';
import { readCoverSessions, readReportingPeriod } from '../../scripts/kinds/narrative/cover.ts';
import { readMeetings } from '../../scripts/kinds/narrative/meetings.ts';

describe('printed dates', () => {
  test('a range with the year, a list of days, a range across months', () => {
    const [a] = findPrintedDates('2022年3月14日至18日，维也纳');
    expect(dateSpan(a!, null)).toEqual({ start: '2022-03-14', end: '2022-03-18' });
    const [b] = findPrintedDates('2022 年 12 月 8 日和 9 日，维也纳');
    expect(b!.form).toBe('list');
    expect(dateSpan(b!, null)).toEqual({ start: '2022-12-08', end: '2022-12-09' });
    const [c] = findPrintedDates('工作组 2019 年 10 月 29 日至 12 月 10 日期间');
    expect(dateSpan(c!, null)).toEqual({ start: '2019-10-29', end: '2019-12-10' });
  });
  test('a date without its year takes the context year, or cannot be placed', () => {
    const [d] = findPrintedDates('在 2 月 7 日和 8 日举行的第一次常会上');
    expect(dateSpan(d!, 2022)).toEqual({ start: '2022-02-07', end: '2022-02-08' });
    expect(dateSpan(d!, null)).toBeNull();
    const [e] = findPrintedDates('12月28日至1月5日');
    expect(dateSpan(e!, 2019)).toEqual({ start: '2019-12-28', end: '2020-01-05' });
  });
});

describe('title page', () => {
  test('each body, session and dates triple; a body line without a session is skipped', () => {
    const cover = readCoverSessions([
      '经济及社会理事会',
      'Distr.: General',
      '麻醉药品委员会',
      '第五十五届会议',
      '2012年3月12日至16日，维也纳',
      '临时议程*项目3',
      '预防犯罪和刑事司法委员会',
      '第三十一届会议续会',
      '2022 年 12 月 8 日和 9 日，维也纳',
    ]);
    expect(cover).toEqual([
      { body: 'CND', session: '第五十五届会议', dates: '2012年3月12日至16日，维也纳', start: '2012-03-12', end: '2012-03-16' },
      { body: 'CCPCJ', session: '第三十一届会议续会', dates: '2022 年 12 月 8 日和 9 日，维也纳', start: '2022-12-08', end: '2022-12-09' },
    ]);
  });
  test('the period a note covers, the year of a report’s activities', () => {
    expect(readReportingPeriod(['秘书处的说明', '本说明涵盖工作组 2022 年 2 月 4 日至 9 月 20 日期间的工作。'])).toEqual({
      text: '2022 年 2 月 4 日至 9 月 20 日',
      start: '2022-02-04',
      end: '2022-09-20',
    });
    expect(readReportingPeriod(['本报告概述联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）在2021年开展的活动'])).toEqual({
      text: '2021年',
      start: '2021',
      end: '2021',
    });
    expect(readReportingPeriod(['执行主任的报告'])).toBeNull();
  });
});

describe('meetings of a working group', () => {
  const period = { text: '', start: '2019-10-29', end: '2019-12-10' };
  const ch1 = '一. 审议情况';
  const ch2 = '二. 组织和行政事项';
  const paragraphs = [
    { number: '1', chapter: ch1, text: '2019年10月29日至12月10日，工作组共举行了三次非正式会议。' },
    { number: '2', chapter: ch1, text: '在10月29日举行的会议上，工作组听取了简报。' },
    { number: '3', chapter: ch1, text: '在此次会议上，工作组还听取了概述。' },
    { number: '4', chapter: ch1, text: '11月26日举行的会议提到了一份文件，于2019年12月12日的联席会议上审议。' },
    { number: '5', chapter: ch2, text: '工作组于2019年10月29日、11月26日和12月10日举行了三次非正式会议。' },
  ];
  const meetings = readMeetings('doc', paragraphs, period);
  test('dated and named meetings, first mention kept, the period itself and a commission meeting are not meetings', () => {
    expect(meetings.map((m) => [m.start, m.name, m.paragraph])).toEqual([
      ['2019-10-29', '会议', '2'],
      ['2019-11-26', '会议', '4'],
      ['2019-12-10', '非正式会议', '5'],
    ]);
  });
  test('a meeting reports from its paragraph to the next meeting’s, within its chapter', () => {
    expect(meetings[0]!.paragraphs).toEqual(['2', '3']);
    expect(meetings[1]!.paragraphs).toEqual(['4']);
    expect(meetings[2]!.url).toBe('/documents/doc/#para-5');
  });
  test('a list of days split by the count printed with it', () => {
    expect(meetings[2]!.dates).toBe('12月10日');
  });
});
