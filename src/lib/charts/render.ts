/** What the chart component needs besides the spec: the canvas height and the spec as a safe JSON data block. */
import type { Bilingual } from '../i18n/index.ts';
import { unquote } from '../i18n/quoted.ts';
import { chartBi, type ChartDataset, type ChartSpec, type ChartText } from './spec.ts';

/** Horizontal charts grow with their bars so labels stay legible; vertical ones have a fixed height. */
export function canvasHeight(spec: ChartSpec): number {
  if (!spec.horizontal) return 320;
  const barsPerRow = spec.stacked ? new Set(spec.datasets.map((d) => d.stack ?? chartBi(d.label).zh)).size : spec.datasets.length;
  return Math.max(200, spec.labels.length * (barsPerRow * 12 + 14) + 90);
}

/** Both languages, quote marks removed (the canvas draws plain text). */
const plain = (text: ChartText): Bilingual => {
  const b = chartBi(text);
  return { zh: unquote(b.zh), en: unquote(b.en) };
};

/** The spec's drawing part as JSON safe inside <script type="application/json"> ("<" escaped, so "</script>" cannot occur). */
export function specJson(spec: ChartSpec): string {
  const { id, horizontal, stacked, decimals } = spec;
  const draw: DrawSpec = {
    id,
    unit: plain(spec.unit),
    horizontal,
    stacked,
    labels: spec.labels.map(plain),
    datasets: spec.datasets.map((d) => ({ ...d, label: plain(d.label) })),
    decimals,
    height: canvasHeight(spec),
  };
  return JSON.stringify(draw)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The part of a spec the client draws (what specJson writes): every text in both languages, picked when drawn. */
export interface DrawSpec extends Pick<ChartSpec, 'id' | 'horizontal' | 'stacked' | 'decimals'> {
  unit: Bilingual;
  labels: Bilingual[];
  datasets: (Omit<ChartDataset, 'label'> & { label: Bilingual })[];
  /** Canvas height in CSS pixels (canvasHeight). */
  height: number;
}
