/** Mandate review: entries by age band at the budget year and adopting body (stacked). */
import { bodies } from '../../../core/schemas/common.ts';
import { bodyNames } from '../../../core/bodies.ts';
import type { ChartSpec } from './spec.ts';
import type { Bilingual } from '../i18n/index.ts';
import { nthColor } from './palette.ts';
import { beyond } from '../i18n/beyond.ts';
import { ageBands, countByBodyAndBand, type AgeBand, type BodyKey, type MandateRow } from '../mandate-review.ts';

/** The i18n key of each age band's label. */
export const ageBandKeys = {
  '0-4': 'mandateBand_0_4',
  '5-9': 'mandateBand_5_9',
  '10-19': 'mandateBand_10_19',
  '20-29': 'mandateBand_20_29',
  '30+': 'mandateBand_30',
  unknown: 'mandateBand_unknown',
} as const satisfies Record<AgeBand, keyof typeof beyond>;
export const ageBandLabels = Object.fromEntries(Object.entries(ageBandKeys).map(([band, key]) => [band, beyond[key].zh])) as Record<
  AgeBand,
  string
>;

export function bodyKeyLabel(key: BodyKey): string {
  return key === 'instrument' ? '公约和其他文书' : bodyNames[key].zh;
}

/** The same in both languages. */
export function bodyKeyName(key: BodyKey): Bilingual {
  return key === 'instrument' ? { zh: '公约和其他文书', en: 'Conventions and other instruments' } : bodyNames[key];
}

const bandName = (band: AgeBand): Bilingual => beyond[ageBandKeys[band]];

/** `id` keeps two charts apart on one page; `scope` names what is counted (`次级方案 3 的授权清单`). */
export function mandateAgeChart(rows: MandateRow[], budgetYear: number, id: string, scope: Bilingual): ChartSpec {
  const { counts } = countByBodyAndBand(rows);
  // Bodies in the schema's fixed order (instruments last), so a body keeps its colour on every review page.
  const order: BodyKey[] = [...bodies, 'instrument'];
  const present = order.filter((b) => counts.has(b));
  const bands = ageBands.filter((band) => rows.some((r) => r.band === band));
  const largest = bands.reduce(
    (best, band) => {
      const n = rows.filter((r) => r.band === band).length;
      return n > best.n ? { band, n } : best;
    },
    { band: bands[0]!, n: -1 },
  );
  return {
    id,
    caption: {
      zh: `${scope.zh}：按截至 ${budgetYear} 年的年数和通过机构列示的授权条目`,
      en: `${scope.en}: entries by age in ${budgetYear} and adopting body`,
    },
    summary: {
      zh: `堆叠条形图：${scope.zh}的 ${rows.length} 个条目按通过以来的年数（截至预算年度 ${budgetYear} 年）和通过机构列示；最多的是“${ageBandLabels[largest.band]}”（${largest.n} 个）。`,
      en: `Stacked bar chart: the ${rows.length} entries of the ${scope.en} by years since adoption (to the budget year ${budgetYear}) and adopting body; the largest band is “${bandName(largest.band).en}” (${largest.n}).`,
    },
    unit: { zh: '条目数', en: 'entries' },
    horizontal: false,
    stacked: true,
    categoryTitle: { zh: '年数', en: 'Age' },
    labels: bands.map(bandName),
    rowLabels: bands.map(bandName),
    datasets: present.map((b) => ({
      label: bodyKeyName(b),
      data: bands.map((band) => counts.get(b)![band]),
      color: nthColor(order.indexOf(b)),
      stack: 'bodies',
    })),
    decimals: 0,
    extraColumns: [
      {
        label: { zh: '合计', en: 'Total' },
        cells: bands.map((band) => String(rows.filter((r) => r.band === band).length)),
        computed: true,
      },
    ],
    notes: [
      {
        zh: '只知道届会的决议（大会一届会议跨两个日历年）按可能的最小年数归入年数段；公约和其他文书没有编号，年份不详。',
        en: 'A resolution known only by its session (a General Assembly session spans two calendar years) is placed in the band of its lowest possible age; conventions and other instruments carry no number and their year is unknown.',
      },
    ],
    sources: [],
  };
}
