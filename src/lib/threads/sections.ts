/**
 * A report cut into sections for comparison: each chapter (level 1) and lettered section (level 2) with the
 * paragraphs under it, the topic terms of its heading and of its text, and the resolutions its paragraphs cite.
 * Front matter (summary, contents) and the recommendations chapter are left out: recommendations are compared
 * on their own.
 */
import type { DocumentRecord } from '../../../core/schemas/document.ts';
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import type { Recommendation } from '../../../core/schemas/recommendation.ts';
import type { Resolution } from '../../../core/schemas/resolution.ts';
import { permalinks } from '../../../core/permalinks.ts';
import { topicCounts, type TopicTerm } from '../../../core/topics.ts';

export interface Section {
  documentId: string;
  heading: string;
  level: number;
  url: string;
  paragraphs: string[];
  /** Topics named in the heading. */
  headingTopics: string[];
  /** Topics of the text, most mentioned first, with the number of paragraphs mentioning each. */
  textTopics: { id: string; paragraphs: number }[];
  /** Resolutions its paragraphs cite (ids). */
  resolutions: string[];
}

/** Ids of the resolutions each paragraph of a document cites (in the paragraph, its footnotes or tables). */
export function citedByParagraph(resolutions: Resolution[], documentId: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of resolutions)
    for (const c of r.citations) {
      if (c.documentId !== documentId || c.paragraph === null) continue;
      if (!out.has(c.paragraph)) out.set(c.paragraph, new Set());
      out.get(c.paragraph)!.add(r.id);
    }
  return out;
}

interface Draft {
  heading: string;
  level: number;
  anchor: string;
  paragraphs: string[];
}

function drafts(doc: DocumentRecord, skip: Set<string>): Draft[] {
  const out: Draft[] = [];
  let current: Draft | null = null;
  let skipping = false;
  for (const b of doc.blocks) {
    if (b.type === 'heading' && b.level <= 2) {
      if (b.level === 1) skipping = skip.has(b.text) || !/^[一二三四五六七八九十]+\./.test(b.text);
      current = skipping ? null : { heading: b.text, level: b.level, anchor: b.anchor, paragraphs: [] };
      if (current) out.push(current);
    } else if (b.type === 'paragraph' && current) current.paragraphs.push(b.number);
  }
  return out;
}

export function sectionsOf(
  doc: DocumentRecord,
  paragraphs: Paragraph[],
  recommendations: Recommendation[],
  resolutions: Resolution[],
  topics: TopicTerm[],
): Section[] {
  const own = new Map(paragraphs.filter((p) => p.documentId === doc.id).map((p) => [p.number, p]));
  const recChapters = new Set(
    recommendations
      .filter((r) => r.documentId === doc.id)
      .map((r) => own.get(r.paragraph)?.headingPath[0])
      .filter((h) => h !== undefined),
  );
  const cited = citedByParagraph(resolutions, doc.id);
  return drafts(doc, recChapters)
    .filter((d) => d.paragraphs.length > 0)
    .map((d) => {
      const perTopic = new Map<string, number>();
      for (const n of d.paragraphs)
        for (const id of topicCounts(own.get(n)?.text ?? '', topics).keys()) perTopic.set(id, (perTopic.get(id) ?? 0) + 1);
      const textTopics = [...perTopic]
        .map(([id, n]) => ({ id, paragraphs: n }))
        .sort((a, b) => b.paragraphs - a.paragraphs || a.id.localeCompare(b.id));
      const res = new Set(d.paragraphs.flatMap((n) => [...(cited.get(n) ?? [])]));
      return {
        documentId: doc.id,
        heading: d.heading,
        level: d.level,
        url: permalinks.heading(doc.id, d.anchor),
        paragraphs: d.paragraphs,
        headingTopics: [...topicCounts(d.heading, topics).keys()],
        textTopics,
        resolutions: [...res].sort(),
      };
    });
}
