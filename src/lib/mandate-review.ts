/**
 * Mandate review: every legislative mandate entry of a budget fascicle with its adoption, its age at the budget
 * year, the other units that list it and where the programme's own text invokes it. Pure functions over the
 * typed records; the rules are stated on the pages (src/lib/i18n/beyond.ts, mandateRules*).
 */
import type { Mandate } from '../../core/schemas/mandate.ts';
import type { Resolution } from '../../core/schemas/resolution.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import { bodies, type Body } from '../../core/schemas/common.ts';
import { permalinks } from '../../core/permalinks.ts';

/**
 * When a mandate was adopted, as far as the source fixes it:
 * `year` where the number carries it (`2017/18`, `2331 (2016)`) or the body met once in that year;
 * `session` where only the session is known (a General Assembly session spans two calendar years);
 * `unknown` for instruments and numbers without either.
 */
export type Adoption =
  { basis: 'year'; year: number } | { basis: 'session'; session: number; years: [number, number] } | { basis: 'unknown' };

/** The adoption of a resolution record: its year where the source fixes it (`yearBasis`), else its session and the session's years; never a guessed year. */
export function adoptionOf(resolution: Pick<Resolution, 'year' | 'session' | 'sessionYears'> | undefined): Adoption {
  if (!resolution) return { basis: 'unknown' };
  if (resolution.year !== null) return { basis: 'year', year: resolution.year };
  if (resolution.session !== null && resolution.sessionYears)
    return { basis: 'session', session: resolution.session, years: resolution.sessionYears };
  return { basis: 'unknown' };
}

/** Age in whole years at the budget year: one number, or a range when only the session is known. */
export interface Age {
  min: number;
  max: number;
}

export function ageAt(adoption: Adoption, budgetYear: number): Age | null {
  if (adoption.basis === 'unknown') return null;
  const [first, last] = adoption.basis === 'year' ? [adoption.year, adoption.year] : adoption.years;
  return { min: budgetYear - last, max: budgetYear - first };
}

/** Age bands by the youngest possible age (a session-based range is placed by its lower end: "at least"). */
export const ageBands = ['0-4', '5-9', '10-19', '20-29', '30+', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBand(age: Age | null): AgeBand {
  if (age === null) return 'unknown';
  const a = age.min;
  return a < 5 ? '0-4' : a < 10 ? '5-9' : a < 20 ? '10-19' : a < 30 ? '20-29' : '30+';
}

/**
 * Which entries are the same mandate: the same resolution record (body, kind and number); an instrument
 * (a convention, a declaration) by its printed title with spaces removed.
 */
export function mandateKey(m: Pick<Mandate, 'resolution' | 'title'>): string {
  return m.resolution ?? `instrument:${(m.title ?? '').replace(/\s+/g, '')}`;
}

/** A paragraph of the fascicle that cites the mandate in running text. */
export interface Invocation {
  paragraph: string;
  unit: string | null;
  url: string;
}

/** One row of a review. */
export interface MandateRow {
  mandate: Mandate;
  /** Anchor of the row on the review page (`mandate-3-12`). */
  anchor: string;
  adoption: Adoption;
  age: Age | null;
  band: AgeBand;
  /** Other lists of the same fascicle holding the same mandate (`programme`, `1`, `9.2`). */
  sharedWith: string[];
  /** Paragraphs of the unit's own text citing it. */
  invokedHere: Invocation[];
  /** Paragraphs elsewhere in the fascicle citing it. */
  invokedElsewhere: Invocation[];
}

/** The anchor of a mandate entry on its review page, from its record id (`<doc>/mandates/<list>/<k>`). */
export function mandateAnchor(m: Pick<Mandate, 'id'>): string {
  const [, , list, k] = m.id.split('/');
  return `mandate-${list}-${k}`;
}

/** A paragraph belongs to a list's own text: the unit's paragraphs (a component also has its subprogramme's); the programme list owns every paragraph. */
export function ownsParagraph(list: string, unit: string | null): boolean {
  if (list === 'programme') return true;
  return unit === list || (unit !== null && list.startsWith(`${unit}.`));
}

export interface ReviewInput {
  documentId: string;
  budgetYear: number;
  mandates: Mandate[];
  resolutions: Resolution[];
  paragraphs: Paragraph[];
}

/** Every entry of the fascicle as a review row (all lists; pages filter by list). */
export function reviewRows(input: ReviewInput): MandateRow[] {
  const entries = input.mandates.filter((m) => m.documentId === input.documentId);
  const resolutions = new Map(input.resolutions.map((r) => [r.id, r]));
  const unitOf = new Map(input.paragraphs.filter((p) => p.documentId === input.documentId).map((p) => [p.number, p.unit]));
  // The paragraph's own permalink (its chapter page, for a long document).
  const urlOf = new Map(input.paragraphs.filter((p) => p.documentId === input.documentId).map((p) => [p.number, p.url]));
  const listsOf = new Map<string, Set<string>>();
  for (const m of entries) {
    const key = mandateKey(m);
    listsOf.set(key, (listsOf.get(key) ?? new Set()).add(m.list));
  }
  return entries.map((m) => {
    const resolution = m.resolution ? resolutions.get(m.resolution) : undefined;
    const invocations: Invocation[] = uniqueBy(
      (resolution?.citations ?? [])
        .filter((c) => c.documentId === input.documentId && c.paragraph !== null)
        .map((c) => ({
          paragraph: c.paragraph!,
          unit: unitOf.get(c.paragraph!) ?? null,
          url: urlOf.get(c.paragraph!) ?? permalinks.paragraph(input.documentId, c.paragraph!),
        })),
      (i) => i.paragraph,
    );
    const adoption = adoptionOf(resolution);
    const age = ageAt(adoption, input.budgetYear);
    return {
      mandate: m,
      anchor: mandateAnchor(m),
      adoption,
      age,
      band: ageBand(age),
      sharedWith: [...listsOf.get(mandateKey(m))!].filter((l) => l !== m.list),
      invokedHere: invocations.filter((i) => ownsParagraph(m.list, i.unit)),
      invokedElsewhere: invocations.filter((i) => !ownsParagraph(m.list, i.unit)),
    };
  });
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
}

/** Body key for counting: instruments have none. */
export type BodyKey = Body | 'instrument';
export const bodyKey = (m: Pick<Mandate, 'body'>): BodyKey => m.body ?? 'instrument';

/** Entries by body and age band (rows in first-seen body order). */
export function countByBodyAndBand(rows: MandateRow[]): { bodies: BodyKey[]; counts: Map<BodyKey, Record<AgeBand, number>> } {
  const counts = new Map<BodyKey, Record<AgeBand, number>>();
  for (const row of rows) {
    const key = bodyKey(row.mandate);
    const record = counts.get(key) ?? (Object.fromEntries(ageBands.map((b) => [b, 0])) as Record<AgeBand, number>);
    record[row.band]++;
    counts.set(key, record);
  }
  return { bodies: [...counts.keys()], counts };
}

/** One row per distinct mandate (the first entry that lists it), with every list that holds it. */
export function distinctMandates(rows: MandateRow[]): { row: MandateRow; lists: string[] }[] {
  const byKey = new Map<string, { row: MandateRow; lists: string[] }>();
  for (const row of rows) {
    const key = mandateKey(row.mandate);
    const found = byKey.get(key);
    if (found) found.lists.push(row.mandate.list);
    else byKey.set(key, { row, lists: [row.mandate.list] });
  }
  return [...byKey.values()];
}

/** The programme-level summary: oldest, most shared, listed but never cited in the fascicle's running text. */
export function programmeSummary(rows: MandateRow[], top = 10) {
  const distinct = distinctMandates(rows);
  const dated = distinct.filter((d) => d.row.age !== null);
  const oldest = [...dated].sort((a, b) => b.row.age!.max - a.row.age!.max || b.row.age!.min - a.row.age!.min).slice(0, top);
  const mostShared = [...distinct]
    .sort((a, b) => b.lists.length - a.lists.length)
    .filter((d) => d.lists.length > 1)
    .slice(0, top);
  const numbered = distinct.filter((d) => d.row.mandate.resolution !== null);
  const neverInvoked = numbered.filter((d) => d.row.invokedHere.length === 0 && d.row.invokedElsewhere.length === 0);
  // Entries (not distinct mandates) by body and by age band: the totals of the chart's data table, in its orders.
  const { counts } = countByBodyAndBand(rows);
  const byBody = [...bodies, 'instrument' as const]
    .filter((b) => counts.has(b))
    .map((body) => ({ body, n: ageBands.reduce((n, band) => n + counts.get(body)![band], 0) }));
  const byBand = ageBands.map((band) => ({ band, n: rows.filter((r) => r.band === band).length })).filter((b) => b.n > 0);
  return { entries: rows.length, distinct: distinct.length, numbered: numbered.length, oldest, mostShared, neverInvoked, byBody, byBand };
}
