/**
 * Draws one chart figure from its JSON data block with chart.js, imported piece by piece (bar charts only: the
 * controller, element, two scales, tooltip and legend). Colours come from CSS variables, so they follow the
 * light/dark scheme; they are re-read when the scheme changes.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import type { DrawSpec } from '../lib/charts/render.ts';
import { formatValue } from '../lib/charts/spec.ts';
import { onUiLanguage, pick } from './i18n.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const charts = new Map<HTMLElement, Chart<'bar'>>();

function cssVar(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim();
}

/** Theme-dependent parts of the config, read from the figure's computed CSS. */
function themed(figure: HTMLElement, spec: DrawSpec) {
  return {
    fg: cssVar(figure, '--fg') || '#1b1f24',
    muted: cssVar(figure, '--muted') || '#57606a',
    grid: cssVar(figure, '--line') || '#d0d7de',
    colors: spec.datasets.map((d) => cssVar(figure, `--chart-${d.color}`) || '#777'),
    border: cssVar(figure, '--bg') || '#fff',
  };
}

function config(figure: HTMLElement, spec: DrawSpec): ChartConfiguration<'bar', (number | null)[], string> {
  const t = themed(figure, spec);
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const fmt = (v: number | null) => formatValue(v, spec.decimals);
  return {
    type: 'bar',
    data: {
      labels: spec.labels.map(pick),
      datasets: spec.datasets.map((d, i) => ({
        label: pick(d.label),
        data: d.data,
        backgroundColor: t.colors[i],
        borderColor: t.border,
        borderWidth: spec.stacked ? 1 : 0,
        stack: spec.stacked ? (d.stack ?? 'all') : `s${i}`,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: t.fg,
      scales: {
        [valueAxis]: {
          stacked: spec.stacked,
          beginAtZero: true,
          title: { display: true, text: pick(spec.unit), color: t.fg },
          ticks: {
            color: t.muted,
            callback: (v: string | number) => formatValue(Number(v), Number.isInteger(Number(v)) ? 0 : spec.decimals),
          },
          grid: { color: t.grid },
        },
        [categoryAxis]: {
          stacked: spec.stacked,
          ticks: {
            color: t.fg,
            autoSkip: !spec.horizontal,
            callback(this: { chart: Chart; getLabelForValue(v: number): string }, v: string | number) {
              // Long Chinese labels would push the bars off a phone screen: shorten them there (the table has them whole).
              const label = this.getLabelForValue(Number(v));
              const max = this.chart.width < 520 ? 10 : 22;
              return label.length > max ? `${label.slice(0, max - 1)}…` : label;
            },
          },
          grid: { display: false },
        },
      },
      plugins: {
        legend: { position: 'top', labels: { color: t.fg, boxWidth: 14 } },
        tooltip: {
          callbacks: {
            title: (items) => pick(spec.labels[items[0]?.dataIndex ?? 0] ?? { zh: '', en: '' }),
            label: (item) => `${item.dataset.label}${pick({ zh: '：', en: ': ' })}${fmt(item.raw as number | null)}`,
          },
        },
      },
    },
  };
}

export function drawChart(figure: HTMLElement): void {
  if (charts.has(figure)) return;
  const block = figure.querySelector<HTMLScriptElement>('script[data-chart-spec]');
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
  if (!block || !canvas) return;
  const spec = JSON.parse(block.textContent ?? '{}') as DrawSpec;
  const chart = new Chart(canvas, config(figure, spec));
  charts.set(figure, chart);
  figure.dataset.drawn = 'true';
}

/** Re-colour every chart when the reader's colour scheme changes. */
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  for (const [figure, chart] of charts) {
    const block = figure.querySelector<HTMLScriptElement>('script[data-chart-spec]')!;
    const spec = JSON.parse(block.textContent ?? '{}') as DrawSpec;
    chart.config.options = config(figure, spec).options!;
    const t = themed(figure, spec);
    chart.data.datasets.forEach((d, i) => {
      d.backgroundColor = t.colors[i];
      d.borderColor = t.border;
    });
    chart.update();
  }
});

/** Redraw every chart's words (labels, legend, axis title) in the language the reader switched to. */
onUiLanguage(() => {
  for (const [figure, chart] of charts) {
    const block = figure.querySelector<HTMLScriptElement>('script[data-chart-spec]')!;
    const spec = JSON.parse(block.textContent ?? '{}') as DrawSpec;
    const fresh = config(figure, spec);
    chart.data.labels = fresh.data.labels!;
    chart.data.datasets.forEach((d, i) => (d.label = fresh.data.datasets[i]!.label!));
    chart.config.options = fresh.options!;
    chart.update();
  }
});
