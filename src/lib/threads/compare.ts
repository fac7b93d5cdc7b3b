/**
 * Two reports of one genre side by side (the Executive Director's reports a decade apart, or any consecutive pair):
 * - sections aligned by what they share: topic terms in both headings (3 points each), resolutions cited in both
 *   (2 points each), topics among the three most mentioned in both texts (1 point each); each section of the later
 *   report is paired with the earlier section scoring highest, and sections that share nothing are new or gone;
 * - themes (topic terms) a report puts in a heading or a recommendation: recurring, new or no longer there;
 * - recommendations grouped by theme: the topics of the theme heading they stand under, else of their text;
 * - resolutions cited by both, by the earlier only, by the later only.
 */
import type { DocumentRecord } from '../../../core/schemas/document.ts';
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import type { Recommendation } from '../../../core/schemas/recommendation.ts';
import type { Resolution } from '../../../core/schemas/resolution.ts';
import { topicCounts, type TopicTerm } from '../../../core/topics.ts';
import { byDate } from './dates.ts';
import { sectionsOf, type Section } from './sections.ts';

/** Points per shared item, how many of a text's topics count as its main ones, and the least score that pairs two sections. */
export const SCORE = { headingTopic: 3, resolution: 2, mainTopic: 1, mainTopics: 3, min: 3 } as const;

export interface SectionMatch {
  section: Section;
  /** Best counterpart in the other report, null when no section shares anything. */
  other: Section | null;
  score: number;
  sharedHeadingTopics: string[];
  sharedResolutions: string[];
  sharedMainTopics: string[];
}

export type ThemeStatus = 'recurs' | 'new' | 'gone';

export interface ThemeRow {
  topic: string;
  status: ThemeStatus;
  /** Headings and recommendations of each report that carry it. */
  earlier: { headings: Section[]; recommendations: Recommendation[]; paragraphs: number };
  later: { headings: Section[]; recommendations: Recommendation[]; paragraphs: number };
}

export interface ReportComparison {
  earlier: DocumentRecord;
  later: DocumentRecord;
  /** Every section of the later report with its closest earlier section. */
  matches: SectionMatch[];
  /** Earlier sections no later section shares anything with. */
  gone: Section[];
  themes: ThemeRow[];
  /** Recommendations no topic term marks. */
  unthemed: { earlier: Recommendation[]; later: Recommendation[] };
  resolutions: { both: string[]; earlierOnly: string[]; laterOnly: string[] };
}

const mainTopics = (s: Section) => s.textTopics.slice(0, SCORE.mainTopics).map((t) => t.id);
const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x));

export function matchSection(section: Section, candidates: Section[]): SectionMatch {
  let best: SectionMatch = { section, other: null, score: 0, sharedHeadingTopics: [], sharedResolutions: [], sharedMainTopics: [] };
  for (const other of candidates) {
    const sharedHeadingTopics = shared(section.headingTopics, other.headingTopics);
    const sharedResolutions = shared(section.resolutions, other.resolutions);
    const sharedMainTopics = shared(mainTopics(section), mainTopics(other));
    const score =
      SCORE.headingTopic * sharedHeadingTopics.length +
      SCORE.resolution * sharedResolutions.length +
      SCORE.mainTopic * sharedMainTopics.length;
    if (score >= SCORE.min && score > best.score)
      best = { section, other, score, sharedHeadingTopics, sharedResolutions, sharedMainTopics };
  }
  return best;
}

/** The topics a recommendation is about: those of its theme heading, else the most mentioned in its text. */
export function recommendationTopics(r: Recommendation, topics: TopicTerm[]): string[] {
  const fromTheme = r.theme ? [...topicCounts(r.theme, topics).keys()] : [];
  if (fromTheme.length) return fromTheme;
  const counts = [...topicCounts(r.text, topics)];
  const max = Math.max(0, ...counts.map(([, n]) => n));
  return counts.filter(([, n]) => n === max && n > 0).map(([id]) => id);
}

function side(sections: Section[], recs: Recommendation[], topic: string, topics: TopicTerm[]) {
  return {
    headings: sections.filter((s) => s.headingTopics.includes(topic)),
    recommendations: recs.filter((r) => recommendationTopics(r, topics).includes(topic)),
    paragraphs: sections.reduce((n, s) => n + (s.textTopics.find((t) => t.id === topic)?.paragraphs ?? 0), 0),
  };
}

function themes(a: Section[], b: Section[], ra: Recommendation[], rb: Recommendation[], topics: TopicTerm[]): ThemeRow[] {
  const rows: ThemeRow[] = [];
  for (const t of topics) {
    const earlier = side(a, ra, t.id, topics);
    const later = side(b, rb, t.id, topics);
    const inA = earlier.headings.length + earlier.recommendations.length > 0;
    const inB = later.headings.length + later.recommendations.length > 0;
    if (!inA && !inB) continue;
    rows.push({ topic: t.id, status: inA && inB ? 'recurs' : inB ? 'new' : 'gone', earlier, later });
  }
  const order: ThemeStatus[] = ['recurs', 'new', 'gone'];
  return rows.sort((x, y) => order.indexOf(x.status) - order.indexOf(y.status));
}

function citedBy(resolutions: Resolution[], documentId: string): Set<string> {
  return new Set(resolutions.filter((r) => r.citations.some((c) => c.documentId === documentId)).map((r) => r.id));
}

export interface CompareInput {
  documents: DocumentRecord[];
  paragraphs: Paragraph[];
  recommendations: Recommendation[];
  resolutions: Resolution[];
}

export function compareReports(earlier: DocumentRecord, later: DocumentRecord, input: CompareInput, topics: TopicTerm[]): ReportComparison {
  const a = sectionsOf(earlier, input.paragraphs, input.recommendations, input.resolutions, topics);
  const b = sectionsOf(later, input.paragraphs, input.recommendations, input.resolutions, topics);
  const matches = b.map((s) => matchSection(s, a));
  const gone = a.filter((s) => matchSection(s, b).other === null);
  const ra = input.recommendations.filter((r) => r.documentId === earlier.id);
  const rb = input.recommendations.filter((r) => r.documentId === later.id);
  const ca = citedBy(input.resolutions, earlier.id);
  const cb = citedBy(input.resolutions, later.id);
  return {
    earlier,
    later,
    matches,
    gone,
    themes: themes(a, b, ra, rb, topics),
    unthemed: {
      earlier: ra.filter((r) => recommendationTopics(r, topics).length === 0),
      later: rb.filter((r) => recommendationTopics(r, topics).length === 0),
    },
    resolutions: {
      both: [...ca].filter((x) => cb.has(x)).sort(),
      earlierOnly: [...ca].filter((x) => !cb.has(x)).sort(),
      laterOnly: [...cb].filter((x) => !ca.has(x)).sort(),
    },
  };
}

/** Reports of a kind in date order, each compared with the one before it. */
export function consecutivePairs(documents: DocumentRecord[], kind: DocumentRecord['kind']): [DocumentRecord, DocumentRecord][] {
  const sorted = byDate(documents.filter((d) => d.kind === kind));
  return sorted.slice(1).map((d, k) => [sorted[k]!, d]);
}
