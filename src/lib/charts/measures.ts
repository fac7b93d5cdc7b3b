/**
 * A result's performance measure as a year-by-year timeline. The measures are text per year (or a figure whose image
 * was lost): nothing here is plotted, so nothing can be invented; the timeline only lays the printed text out by year.
 */
import type { PerformanceMeasure } from '../../../core/schemas/performance-measure.ts';
import type { Figure } from '../../../core/schemas/figure.ts';
import type { Table } from '../../../core/schemas/table.ts';
import type { BudgetYears } from './years.ts';

export interface TimelineYear {
  year: number;
  status: 'actual' | 'planned' | 'approved' | 'estimate';
  /** Column head as printed, without its note marks (`2021(计划业绩)`). */
  label: string;
  /** Marks of the notes on the column head (`a`), shown as footnote marks linked to the notes. */
  notes: string[];
  /** Cell text as printed; null where the source has no column for the year (shown as "原文未列"). */
  text: string | null;
}

/** A stated sentence split into runs, numbers marked so a reader finds the values the text gives. */
export interface StatedSentence {
  paragraph: string;
  parts: { text: string; number: boolean }[];
}

export type MeasureTimeline =
  | {
      kind: 'text';
      id: string;
      number: string;
      title: string;
      years: TimelineYear[];
      notes: { mark: string; text: string }[];
      href: string;
    }
  | { kind: 'lost-figure'; id: string; number: string; title: string; stated: StatedSentence[]; href: string };

/**
 * The timeline of one measure spans the fascicle's measure years (three performance years, two plan years) and any
 * other year the measure prints; a year without a column stays empty, with the status its role gives it.
 */
export function measureTimeline(measure: PerformanceMeasure, figures: Figure[], years: BudgetYears, tables: Table[] = []): MeasureTimeline {
  if (measure.kind === 'figure') {
    const figure = figures.find((f) => f.id === measure.id);
    return {
      kind: 'lost-figure',
      id: measure.id,
      number: measure.number,
      title: measure.title,
      stated: (figure?.statedInText ?? []).map((s) => ({ paragraph: s.paragraph, parts: markNumbers(s.text) })),
      href: measure.url,
    };
  }
  const spanned = [...new Set<number>([...years.measureYears, ...measure.years.map((y) => y.year)])].sort((a, b) => a - b);
  return {
    kind: 'text',
    id: measure.id,
    number: measure.number,
    title: measure.title,
    years: spanned.map((year) => {
      const cell = measure.years.find((y) => y.year === year);
      return cell
        ? { year, status: cell.status, label: withoutMarks(cell.label), notes: cell.notes, text: cell.text }
        : { year, status: year <= years.performance ? 'actual' : 'planned', label: String(year), notes: [], text: null };
    }),
    notes: tables.find((t) => t.id === measure.id)?.notes ?? [],
    href: measure.url,
  };
}

/** A column head without the `^a` note marks the conversion prints after it. */
export function withoutMarks(label: string): string {
  return label.replace(/\s*\^[0-9a-z*]+/gi, '').trim();
}

/** Element id of a note under a measure's timeline (`timeline-16.9-note-a`). */
export const timelineNoteId = (number: string, mark: string) => `timeline-${number}-note-${mark}`;

/**
 * Splits a sentence into runs with the numbers marked ("20 个会员国" → "20" marked). Figure and paragraph
 * references ("图 16.一", "16.44") are not values and stay unmarked. The runs join back to the sentence exactly.
 */
export function markNumbers(text: string): { text: string; number: boolean }[] {
  const parts: { text: string; number: boolean }[] = [];
  const re = /\d[\d\s,.]*\d%?|\d%?/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 4), start);
    const isReference = /图\s*$|表\s*$|第\s*$/.test(before) || /^16\./.test(m[0]);
    if (isReference) continue;
    const value = m[0].replace(/\s+$/, '');
    if (start > last) parts.push({ text: text.slice(last, start), number: false });
    parts.push({ text: value, number: true });
    last = start + value.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), number: false });
  return parts;
}
