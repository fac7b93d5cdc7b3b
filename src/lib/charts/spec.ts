import type { Bilingual } from '../i18n/index.ts';
import { unquote } from '../i18n/quoted.ts';

/**
 * Text of a chart: a pair for chrome in both languages (document text inside it marked with `quoted()`), or a
 * plain string shown as is in both (a number, a symbol; Chinese left plain is untranslated chrome, and the
 * English-interface test finds it).
 */
export type ChartText = string | Bilingual;

/** The text in one language, quote marks kept. */
export function chartText(text: ChartText, lang: 'zh' | 'en'): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Both languages of a chart text. */
export function chartBi(text: ChartText): Bilingual {
  return typeof text === 'string' ? { zh: text, en: text } : text;
}

/**
 * The one shape every bar chart on the site is described in: pure data, built at build time from the collections,
 * rendered by ChartFigure.astro as a <figure> (canvas + the same numbers as a table) and drawn by src/scripts/charts-draw.ts.
 */

export interface ChartDataset {
  /** Legend label and table column head. */
  label: ChartText;
  /** One value per category label; null where the source prints "—" or has no such column (never drawn as 0). */
  data: (number | null)[];
  /** Index into the colour-blind-safe palette (`--chart-1`… in charts.css), so a series keeps its colour on every chart. */
  color: number;
  /** Datasets with the same stack id are stacked (only when the chart is stacked). */
  stack?: string;
}

/** A column shown in the table only (a printed total, a computed share), not drawn. */
export interface TableOnlyColumn {
  label: ChartText;
  /** Cell text per row, already formatted; null for "—". */
  cells: (string | null)[];
  /** True when the values are computed by the site, not printed in the source (the table says so). */
  computed: boolean;
}

export interface ChartSpec {
  /** DOM id of the figure, unique on its page. */
  id: string;
  /** Caption (figcaption). */
  caption: ChartText;
  /** Text alternative of the canvas: what the chart shows and its main figures, in one or two sentences. */
  summary: ChartText;
  /** Unit of the value axis as the source writes it (`千美元`, `员额数目`). */
  unit: ChartText;
  /** Bars run left to right (many or long category labels). */
  horizontal: boolean;
  stacked: boolean;
  /** Head of the table's first column (what the categories are). */
  categoryTitle: ChartText;
  /** Short category labels for the chart axis. */
  labels: ChartText[];
  /** Full category labels for the table rows (same order and length as labels). */
  rowLabels: ChartText[];
  /** Optional link per row (a source row anchor, a resolution page). */
  rowLinks?: (string | null)[] | undefined;
  datasets: ChartDataset[];
  /** Decimals the source prints for these values (千美元: 1; counts: 0). */
  decimals: number;
  extraColumns?: TableOnlyColumn[] | undefined;
  /** A note per row (a source discrepancy), null where none. */
  rowNotes?: (ChartText | null)[] | undefined;
  /** Notes under the table (column meanings, what is omitted and why). */
  notes: ChartText[];
  /** Where the numbers come from: source tables with their permanent links. */
  sources: { label: ChartText; href: string }[];
}

/**
 * A number the way the UN tables print it: thin groups of three separated by spaces, the given decimals,
 * negatives in parentheses ("(26.3)"); null prints as "—".
 */
export function formatValue(value: number | null, decimals: number): string {
  if (value === null) return '—';
  const abs = Math.abs(value).toFixed(decimals);
  const [int, frac] = abs.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const text = frac === undefined ? grouped : `${grouped}.${frac}`;
  return value < 0 ? `(${text})` : text;
}

/** A percentage the site computed, with one decimal ("12.5%"). */
export function formatPercent(value: number | null): string | null {
  return value === null || !Number.isFinite(value) ? null : `${value.toFixed(1)}%`;
}

/** Sum that stays null when every part is null, so "—" never becomes 0. */
export function sumOrNull(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : round(present.reduce((a, b) => a + b, 0));
}

/** Rounds away binary noise of decimal sums (0.1 + 0.2) to the 4th decimal. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The spec with every text plain in one language (quote marks removed): what a reader of that language reads. */
export function specIn(spec: ChartSpec, lang: 'zh' | 'en'): ChartSpec {
  const s = (text: ChartText) => unquote(chartText(text, lang));
  return {
    ...spec,
    caption: s(spec.caption),
    summary: s(spec.summary),
    unit: s(spec.unit),
    categoryTitle: s(spec.categoryTitle),
    labels: spec.labels.map(s),
    rowLabels: spec.rowLabels.map(s),
    datasets: spec.datasets.map((d) => ({ ...d, label: s(d.label) })),
    extraColumns: spec.extraColumns?.map((c) => ({ ...c, label: s(c.label) })),
    rowNotes: spec.rowNotes?.map((n) => (n === null ? null : s(n))),
    notes: spec.notes.map(s),
    sources: spec.sources.map((x) => ({ ...x, label: s(x.label) })),
  };
}
