/** The resolution index as charts: by body and year of adoption, mandate entries by list and body, the most cited. */
import type { Resolution } from '../../../core/schemas/resolution.ts';
import type { Mandate } from '../../../core/schemas/mandate.ts';
import { bodies, type Body } from '../../../core/schemas/common.ts';
import { bodyNames, resolutionLabel } from '../../../core/bodies.ts';
import type { ChartSpec } from './spec.ts';
import { nthColor, seriesColor } from './palette.ts';

const COUNT = '决议和决定数目';

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
    caption: `按通过年份和机关列示的决议和决定(${COUNT})`,
    summary: `堆叠条形图：语料引用的 ${dated.length} 项可推断年份的决议和决定，按通过年份（${years[0]}–${years.at(-1)}）和通过机关列示；最多的是 ${peak.y} 年（${peak.n} 项）。`,
    unit: COUNT,
    horizontal: false,
    stacked: true,
    categoryTitle: '年份',
    labels: years.map(String),
    rowLabels: years.map(String),
    datasets: present.map((b, i) => ({
      label: bodyNames[b].zh,
      data: years.map((y) => dated.filter((r) => r.year === y && r.body === b).length),
      color: nthColor(i),
      stack: 'bodies',
    })),
    decimals: 0,
    notes: [
      '年份仅在原文确定时列出：引用处印有日期（大会 2011 年 7 月 14 日第 65/308 号决议），编号含年份（经社理事会第 2017/18 号决议），或届会在一个日历年内举行（麻醉药品委员会第 56/9 号决议为第五十六届会议，2013 年）。',
      ...(undated.length > 0
        ? [`另有 ${undated.length} 项的通过年份原文未确定（大会常会跨两个日历年，如第 74 届会议为 2019–2020 年），按届会计数见下表。`]
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

export function listName(list: string): string {
  if (list === 'programme') return '整个方案';
  const [sp, component] = list.split('.');
  return component ? `次级方案 ${sp} 构成部分 ${component}` : `次级方案 ${sp}`;
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
    caption: '立法授权：按次级方案和机关列示的条目数',
    summary: `堆叠条形图（矩阵）：${documents.join('、')} 立法授权清单中的 ${mandates.length} 个条目，按清单（整个方案、各次级方案和构成部分）和通过机关列示；公约等文书单列。`,
    unit: '条目数',
    horizontal: true,
    stacked: true,
    categoryTitle: '清单',
    labels: lists.map((l) => (l === 'programme' ? listName(l) : `次级方案 ${l}`)),
    rowLabels: lists.map(listName),
    datasets: [
      ...present.map((b, i) => ({ label: bodyNames[b].zh, data: lists.map((l) => count(l, b)), color: nthColor(i), stack: 'm' })),
      ...(hasInstruments
        ? [{ label: '公约和其他文书', data: lists.map((l) => count(l, null)), color: seriesColor.other, stack: 'm' }]
        : []),
    ],
    decimals: 0,
    notes: ['同一决议列入多个清单时，在每个清单中各计一次。'],
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
    caption: `语料中引用最多的 ${top.length} 项决议和决定`,
    summary: `横向条形图：按引用次数排列的前 ${top.length} 项决议和决定，每项两条：引用次数和引用它的文件数。居首的是${top[0] ? `${resolutionLabel(top[0].body, top[0].kind, top[0].number)}（${top[0].citations.length} 次）` : '—'}。`,
    unit: '次数 / 文件数',
    horizontal: true,
    stacked: false,
    categoryTitle: '决议或决定',
    labels: top.map((r) => resolutionLabel(r.body, r.kind, r.number)),
    rowLabels: top.map((r) => `${resolutionLabel(r.body, r.kind, r.number)}${r.titles[0] ? ` ${r.titles[0]}` : ''}`),
    rowLinks: top.map((r) => r.url),
    datasets: [
      { label: '引用次数', data: top.map((r) => r.citations.length), color: seriesColor.regular },
      { label: '引用文件数', data: top.map(citingDocuments), color: seriesColor.extrabudgetary },
    ],
    decimals: 0,
    notes: ['引用次数含立法授权清单中的条目和正文中的提及；次数相同时按引用文件数排列。'],
    sources: [],
  };
}

function citingDocuments(r: Resolution): number {
  return new Set(r.citations.map((c) => c.document)).size;
}
