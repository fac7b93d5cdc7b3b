/** Printed precision of the amounts in resource tables, and printing a computed amount the way the source does. */

/** Decimals printed in a cell: `1 257.0` → 1, `125` → 0, `—` → 0. */
export function decimalsOf(cell: string): number {
  const m = /\.(\d+)\)?$/.exec(cell.trim());
  return m ? m[1]!.length : 0;
}

/**
 * Largest rounding error a printed cell can carry: half a unit of its last printed digit. A dash or an
 * empty cell is an exact nil (the source prints `0.0` for an amount that rounds to zero); a whole number
 * is an exact count (posts, rates) unless the table is in money, where it is rounded to whole units.
 */
export function roundingError(cell: string, moneyTable: boolean): number {
  const t = cell.trim();
  if (t === '' || t === '—' || t === '-' || t === '–') return 0;
  const d = decimalsOf(t);
  if (d === 0 && !moneyTable) return 0;
  return 0.5 * 10 ** -d;
}

/** `-69.5` with 1 decimal → `(69.5)`; `20693.9` → `20 693.9`; exactly 0 → `—`, as the source prints nil. */
export function formatAmount(value: number, decimals: number): string {
  if (Math.abs(value) < 1e-9) return '—';
  const rounded = Number(value.toFixed(decimals));
  if (rounded === 0) return (0).toFixed(decimals);
  const [int, frac] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const body = frac ? `${grouped}.${frac}` : grouped;
  return rounded < 0 ? `(${body})` : body;
}

/**
 * How far a figure computed from printed figures may stray from the printed result through rounding
 * alone. Each printed figure carries its own independent rounding error, uniform within ± its half-unit
 * (standard deviation h/√3); their sum is allowed three standard deviations, √(3·Σh²), and never more
 * than the worst case Σh. For a total of nine amounts (ten errors of 0.05) that is 0.27 where the worst
 * case would be 0.5; for two amounts and their total it is the worst case, 0.15.
 */
export function roundingTolerance(halfUnits: number[]): number {
  const worst = halfUnits.reduce((s, h) => s + h, 0);
  const likely = Math.sqrt(3 * halfUnits.reduce((s, h) => s + h * h, 0));
  return Math.min(worst, likely);
}
