/**
 * Chapter pass: a long document is cut into chapter pages at its own headings (core/chapters.ts); every record
 * URL that names an anchor of the whole-document page (`/documents/<doc>/#para-16.36`) is pointed straight at
 * the chapter page that holds it, so citations, lookups, search results and cite text open a small page.
 * The whole-document URL keeps working: its page forwards old anchors to the same chapter pages.
 */
import type { Collections } from '../../core/schemas/collections.ts';
import type { DocumentRecord } from '../../core/schemas/document.ts';
import { blockWeights, chapterOfAnchors, chapterResolver, splitChapters, type DocumentParts } from '../../core/chapters.ts';
import { permalinks } from '../../core/permalinks.ts';

function partsOf(c: Collections, doc: DocumentRecord): DocumentParts {
  return {
    paragraphs: c.paragraphs.filter((p) => p.documentId === doc.id),
    tables: c.tables.filter((t) => t.documentId === doc.id),
    figures: c.figures.filter((f) => f.documentId === doc.id),
    mandates: c.mandates.filter((m) => m.documentId === doc.id),
  };
}

/** Rewrites every string in `value` that is a whole-document anchor URL with a chapter for its anchor. */
function rewrite(value: unknown, to: (url: string) => string | null): unknown {
  if (typeof value === 'string') return to(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => rewrite(v, to));
  if (value && typeof value === 'object') {
    // A plain loop: the collections hold some 100 000 values (entries/fromEntries took 6 % of the parse).
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(record)) out[k] = rewrite(record[k], to);
    return out;
  }
  return value;
}

/** Sets each document's chapters and points record URLs at chapter pages; returns the collections rewritten. */
export function applyChapters(c: Collections): Collections {
  const documents = c.documents.map((doc) => {
    const parts = partsOf(c, doc);
    const ranges = splitChapters(doc.blocks, blockWeights(doc, parts));
    const anchorsOf = Map.groupBy(chapterOfAnchors(doc, ranges, parts), ([, key]) => key);
    const chapters = ranges.map((r) => ({
      key: r.key,
      title: r.title,
      from: r.from,
      to: r.to,
      url: permalinks.chapter(doc.id, r.key),
      anchors: (anchorsOf.get(r.key) ?? []).map(([anchor]) => anchor),
    }));
    return { ...doc, chapters };
  });
  const resolve = chapterResolver(documents);
  const to = (url: string): string | null => (url.startsWith('/documents/') ? resolve(url) : null);
  const out = Object.fromEntries(
    Object.entries(c).map(([name, records]) => [name, name === 'documents' ? documents : rewrite(records, to)]),
  );
  return out as Collections;
}
