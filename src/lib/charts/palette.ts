/**
 * Series colours by meaning, as indexes into the Okabe–Ito palette (charts.css defines `--chart-1`…`--chart-8` for
 * light and dark backgrounds). One meaning keeps one colour across every chart. Years are named by their role in the
 * fascicle (see years.ts), never by number, so next year's fascicle keeps the same colours.
 */
export const seriesColor = {
  regular: 1, // blue: regular budget
  extrabudgetary: 2, // orange: extrabudgetary
  regularLight: 5, // sky blue: regular budget, second year of a pair
  extrabudgetaryLight: 7, // yellow: extrabudgetary, second year of a pair
  /** Resource columns: expenditure of the performance year, appropriation year, budget year. */
  performanceYear: 4, // purple
  appropriationYear: 5, // sky blue
  budgetYear: 3, // green
  /** Deliverable columns: planned and actual of the performance year, planned of the two years after. */
  performancePlanned: 5,
  performanceActual: 1,
  appropriationPlanned: 2,
  budgetPlanned: 3,
  professional: 1,
  generalService: 4, // reddish purple: stands apart from blue for every common colour-vision type
  other: 8, // grey
} as const;

/** Colour index for the n-th series of a categorical chart (bodies, mandate lists), cycling through all eight. */
export function nthColor(n: number): number {
  return (n % 8) + 1;
}
