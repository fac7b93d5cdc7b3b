/** The resolution index as charts: by body and year of adoption, mandate entries by list and body, the most cited. */
import type { Resolution } from '../../../core/schemas/resolution.ts';
import type { Mandate } from '../../../core/schemas/mandate.ts';
import { bodies, type Body } from '../../../core/schemas/common.ts';
import { bodyNames, resolutionLabel, resolutionLabelEn } from '../../../core/bodies.ts';
import type { Bilingual } from '../i18n/index.ts';
import { quoted as q } from '../i18n/quoted.ts';
import type { ChartSpec } from './spec.ts';
import { nthColor, seriesColor } from './palette.ts';

const COUNT: Bilingual = { zh: '决议和决定数目', en: 'resolutions and decisions' };
const ENTRIES: Bilingual = { zh: '条目数', en: 'entries' };

/** Bodies that have at least one of the records, in the fixed order of the schema. */
function presentBodies(items: { body: Body | null }[]): Body[] {
  return bodies.filter((b) => items.some((i) => i.body === b));
}

/**
 * Resolutions and decisions by year of adoption and body, stacked, every year of the span. The year is the
 * record's `year`: only where the source fixes it (printed with the reference, in the number, or a session
 * held within one year); a General Assembly session spans two years, so its resolutions are counted by
 * session in the table below the chart, never put in a guessed year.
 */
export function resolutionsByYear(resolutions: Resolution[]): ChartSpec {
  const dated = resolutions.filter((r) => r.year !== null);
  // Every year from the first to the last, so the axis is a true time axis (a year without any counts 0).
  const first = Math.min(...dated.map((r) => r.year!));
  const last = Math.max(...dated.map((r) => r.year!));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const present = presentBodies(dated);
  const undated = resolutions.filter((r) => r.year === null);
  const peak = years.reduce(
    (best, y) => {
      const n = dated.filter((r) => r.year === y).length;
      return n > best.n ? { y, n } : best;
    },
    { y: 0, n: 0 },
  );
  return {
    id: 'chart-resolutions-year',
    caption: {
      zh: `按通过年份和机关列示的决议和决定(${COUNT.zh})`,
      en: `Resolutions and decisions by year of adoption and body (${COUNT.en})`,
    },
    summary: {
      zh: `堆叠条形图：语料引用的 ${dated.length} 项可推断年份的决议和决定，按通过年份（${years[0]}–${years.at(-1)}）和通过机关列示；最多的是 ${peak.y} 年（${peak.n} 项）。`,
      en: `Stacked bar chart: the ${dated.length} resolutions and decisions cited in the corpus whose year is known, by year of adoption (${years[0]}–${years.at(-1)}) and adopting body; the most in ${peak.y} (${peak.n}).`,
    },
    unit: COUNT,
    horizontal: false,
    stacked: true,
    categoryTitle: { zh: '年份', en: 'Year' },
    labels: years.map(String),
    rowLabels: years.map(String),
    datasets: present.map((b, i) => ({
      label: bodyNames[b],
      data: years.map((y) => dated.filter((r) => r.year === y && r.body === b).length),
      color: nthColor(i),
      stack: 'bodies',
    })),
    decimals: 0,
    notes: [
      {
        zh: '年份仅在原文确定时列出：引用处印有日期（大会 2011 年 7 月 14 日第 65/308 号决议），编号含年份（经社理事会第 2017/18 号决议），或届会在一个日历年内举行（麻醉药品委员会第 56/9 号决议为第五十六届会议，2013 年）。',
        en: 'A year is given only where the source settles it: the citation prints a date (General Assembly resolution 65/308 of 14 July 2011), the number carries the year (ECOSOC resolution 2017/18), or the session fell within one calendar year (CND resolution 56/9, fifty-sixth session, 2013).',
      },
      ...(undated.length > 0
        ? [
            {
              zh: `另有 ${undated.length} 项的通过年份原文未确定（大会常会跨两个日历年，如第 74 届会议为 2019–2020 年），按届会计数见下表。`,
              en: `For ${undated.length} more the source does not settle the year (a General Assembly session spans two calendar years, e.g. the 74th is 2019–2020); they are counted by session in the table below.`,
            },
          ]
        : []),
    ],
    sources: [],
  };
}

/** Per body, the count by session of adoption (the bodies whose numbers carry a session), for the table under the year chart. */
export function resolutionsBySession(
  resolutions: Resolution[],
): { body: Body; sessions: { session: number; years: string | null; count: number }[] }[] {
  const span = (y: [number, number] | null) => (y === null ? null : y[0] === y[1] ? String(y[0]) : `${y[0]}–${y[1]}`);
  return presentBodies(resolutions.filter((r) => r.session !== null)).map((body) => {
    const own = resolutions.filter((r) => r.body === body && r.session !== null);
    const sessions = [...new Set(own.map((r) => r.session!))].sort((a, b) => a - b);
    return {
      body,
      sessions: sessions.map((s) => ({
        session: s,
        years: span(own.find((r) => r.session === s)?.sessionYears ?? null),
        count: own.filter((r) => r.session === s).length,
      })),
    };
  });
}

/** Order of mandate lists: the programme list, then 1…9 with components. */
function listOrder(a: string, b: string): number {
  const n = (u: string) => (u === 'programme' ? -1 : Number(u.split('.')[0]) * 100 + Number(u.split('.')[1] ?? 0));
  return n(a) - n(b);
}

export function listName(list: string): Bilingual {
  if (list === 'programme') return { zh: '整个方案', en: 'Whole programme' };
  const [sp, component] = list.split('.');
  return component
    ? { zh: `次级方案 ${sp} 构成部分 ${component}`, en: `Subprogramme ${sp}, component ${component}` }
    : { zh: `次级方案 ${sp}`, en: `Subprogramme ${sp}` };
}

/** Mandate entries by list (subprogramme) and body: a matrix drawn as stacked bars; instruments (no body) are their own series. */
export function mandateMatrix(mandates: Mandate[]): ChartSpec {
  const lists = [...new Set(mandates.map((m) => m.list))].sort(listOrder);
  const present = presentBodies(mandates);
  const hasInstruments = mandates.some((m) => m.body === null);
  const count = (list: string, body: Body | null) => mandates.filter((m) => m.list === list && m.body === body).length;
  const documents = [...new Set(mandates.map((m) => m.document))];
  return {
    id: 'chart-mandates',
    caption: { zh: '立法授权：按次级方案和机关列示的条目数', en: 'Legislative mandates: entries by subprogramme and body' },
    summary: {
      zh: `堆叠条形图（矩阵）：${documents.join('、')} 立法授权清单中的 ${mandates.length} 个条目，按清单（整个方案、各次级方案和构成部分）和通过机关列示；公约等文书单列。`,
      en: `Stacked bar chart (matrix): the ${mandates.length} entries of the mandate lists of ${documents.join(', ')}, by list (whole programme, each subprogramme and component) and adopting body; conventions and other instruments on their own.`,
    },
    unit: ENTRIES,
    horizontal: true,
    stacked: true,
    categoryTitle: { zh: '清单', en: 'List' },
    labels: lists.map((l) => (l === 'programme' ? listName(l) : { zh: `次级方案 ${l}`, en: `Subprogramme ${l}` })),
    rowLabels: lists.map(listName),
    datasets: [
      ...present.map((b, i) => ({ label: bodyNames[b], data: lists.map((l) => count(l, b)), color: nthColor(i), stack: 'm' })),
      ...(hasInstruments
        ? [
            {
              label: { zh: '公约和其他文书', en: 'Conventions and other instruments' },
              data: lists.map((l) => count(l, null)),
              color: seriesColor.other,
              stack: 'm',
            },
          ]
        : []),
    ],
    decimals: 0,
    notes: [{ zh: '同一决议列入多个清单时，在每个清单中各计一次。', en: 'A resolution on several lists counts once on each.' }],
    sources: [],
  };
}

/** The resolutions and decisions cited most often across the corpus: citations and the number of citing documents. */
export function mostCited(resolutions: Resolution[], limit: number): ChartSpec {
  const top = [...resolutions]
    .sort((a, b) => b.citations.length - a.citations.length || citingDocuments(b) - citingDocuments(a) || a.id.localeCompare(b.id))
    .slice(0, limit);
  return {
    id: 'chart-most-cited',
    caption: {
      zh: `语料中引用最多的 ${top.length} 项决议和决定`,
      en: `The ${top.length} resolutions and decisions cited most in the corpus`,
    },
    summary: {
      zh: `横向条形图：按引用次数排列的前 ${top.length} 项决议和决定，每项两条：引用次数和引用它的文件数。居首的是${top[0] ? `${resolutionLabel(top[0].body, top[0].kind, top[0].number)}（${top[0].citations.length} 次）` : '—'}。`,
      en: `Horizontal bar chart: the first ${top.length} resolutions and decisions by number of citations, two bars each: citations and citing documents. First is ${top[0] ? `${resolutionLabelEn(top[0].body, top[0].kind, top[0].number)} (${top[0].citations.length} citations)` : '—'}.`,
    },
    unit: { zh: '次数 / 文件数', en: 'citations / documents' },
    horizontal: true,
    stacked: false,
    categoryTitle: { zh: '决议或决定', en: 'Resolution or decision' },
    labels: top.map((r) => ({ zh: resolutionLabel(r.body, r.kind, r.number), en: resolutionLabelEn(r.body, r.kind, r.number) })),
    rowLabels: top.map((r) => {
      const title = r.titles[0] ? ` ${q(r.titles[0])}` : '';
      return { zh: `${resolutionLabel(r.body, r.kind, r.number)}${title}`, en: `${resolutionLabelEn(r.body, r.kind, r.number)}${title}` };
    }),
    rowLinks: top.map((r) => r.url),
    datasets: [
      { label: { zh: '引用次数', en: 'Citations' }, data: top.map((r) => r.citations.length), color: seriesColor.regular },
      { label: { zh: '引用文件数', en: 'Citing documents' }, data: top.map(citingDocuments), color: seriesColor.extrabudgetary },
    ],
    decimals: 0,
    notes: [
      {
        zh: '引用次数含立法授权清单中的条目和正文中的提及；次数相同时按引用文件数排列。',
        en: 'Citations count mandate-list entries and mentions in the text; ties are ordered by citing documents.',
      },
    ],
    sources: [],
  };
}

function citingDocuments(r: Resolution): number {
  return new Set(r.citations.map((c) => c.document)).size;
}
