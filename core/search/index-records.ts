/**
 * What the search index holds besides the pages' own text: the filters each built page gets (from its
 * URL and the collections), and one record per numbered paragraph, whose URL is the paragraph's
 * permalink. Pure functions; `scripts/cli/index-search.ts` feeds them to Pagefind.
 */
import type { Paragraph } from '../schemas/paragraph.ts';
import type { Resolution } from '../schemas/resolution.ts';
import type { DocumentRecord } from '../schemas/document.ts';

/** Kinds of result, as filter values (the UI names them in Chinese: `search-filters.ts`). */
export type SearchKind = 'paragraph' | 'document' | 'subprogramme' | 'result' | 'resolution' | 'symbol' | 'index' | 'data' | 'overview';

export interface IndexCorpus {
  documents: Pick<DocumentRecord, 'id' | 'symbol'>[];
  resolutions: Pick<Resolution, 'url' | 'body'>[];
}

/** Pages that are tools, not content: not indexed. */
export function isIndexedPage(url: string): boolean {
  return !/^\/(?:search|lookup)\//.test(url) && url !== '/404/' && url !== '/404.html';
}

/** Filters of a built page, from its URL: document, subprogramme (unit key), body. */
export function pageFilters(url: string, corpus: IndexCorpus): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  const doc = /^\/documents\/([^/]+)\//.exec(url);
  if (doc) {
    const d = corpus.documents.find((x) => x.id === doc[1]);
    if (d) filters.document = [d.symbol];
    const sp = /^\/documents\/[^/]+\/subprogrammes\/([^/]+)\//.exec(url);
    if (sp) filters.subprogramme = [sp[1]!];
  }
  const r = corpus.resolutions.find((x) => x.url === url);
  if (r) filters.body = [r.body];
  return filters;
}

/** Hidden, empty elements carrying the filters, placed inside the indexed `<main>`. */
export function filterMarkup(filters: Record<string, string[]>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return Object.entries(filters)
    .flatMap(([k, vs]) => vs.map((v) => `<span hidden data-pagefind-filter="${esc(`${k}:${v}`)}"></span>`))
    .join('');
}

/** The page's HTML with its filters added at the start of `<main data-pagefind-body>`. */
export function withFilters(html: string, filters: Record<string, string[]>): string {
  const markup = filterMarkup(filters);
  if (!markup) return html;
  return html.replace(/(<main\b[^>]*\bdata-pagefind-body\b[^>]*>)/, `$1${markup}`);
}

/** `A/76/6 (Sect. 16) 第 16.24 段` */
export function paragraphTitle(p: Pick<Paragraph, 'document' | 'number'>): string {
  return `${p.document} 第 ${p.number} 段`;
}

/** One Pagefind record per paragraph, in Chinese, so a hit lands on the paragraph itself. */
export function paragraphRecord(p: Paragraph) {
  const filters: Record<string, string[]> = { kind: ['paragraph'], document: [p.document] };
  if (p.unit && p.unit !== 'programme') filters.subprogramme = [p.unit];
  return {
    url: p.url,
    content: [p.text, ...p.footnotes.map((f) => f.text)].join('\n'),
    language: 'zh-cn',
    // `number` (with the `document` filter) lets the search page title a hit in the reader's language.
    meta: { title: paragraphTitle(p), heading: p.headingPath.at(-1) ?? '', number: p.number },
    filters,
  };
}
