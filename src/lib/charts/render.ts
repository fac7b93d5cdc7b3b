/** What the chart component needs besides the spec: the canvas height and the spec as a safe JSON data block. */
import type { ChartSpec } from './spec.ts';

/** Horizontal charts grow with their bars so labels stay legible; vertical ones have a fixed height. */
export function canvasHeight(spec: ChartSpec): number {
  if (!spec.horizontal) return 320;
  const barsPerRow = spec.stacked ? new Set(spec.datasets.map((d) => d.stack ?? d.label)).size : spec.datasets.length;
  return Math.max(200, spec.labels.length * (barsPerRow * 12 + 14) + 90);
}

/** The spec's drawing part as JSON safe inside <script type="application/json"> ("<" escaped, so "</script>" cannot occur). */
export function specJson(spec: ChartSpec): string {
  const { id, unit, horizontal, stacked, labels, datasets, decimals } = spec;
  return JSON.stringify({ id, unit, horizontal, stacked, labels, datasets, decimals, height: canvasHeight(spec) })
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The part of a spec the client draws (what specJson writes). */
export type DrawSpec = Pick<ChartSpec, 'id' | 'unit' | 'horizontal' | 'stacked' | 'labels' | 'datasets' | 'decimals'> & {
  /** Canvas height in CSS pixels (canvasHeight). */
  height: number;
};
