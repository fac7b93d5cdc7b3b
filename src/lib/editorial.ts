/**
 * The editorial pages' data: frontmatter and release schemas, the figures the pages quote (counted from the
 * collections, never typed in) and the live examples they cite (picked from the collections by rule, so they
 * follow the corpus). Pure functions over the collections; the MDX lives in src/editorial/.
 */
import { z } from 'zod';
import { collectionNames, type Collections, type CollectionName } from '../../core/schemas/collections.ts';
import { editorialPages, type EditorialPage } from '../../core/permalinks.ts';
import { citeFigure, citeParagraph, citeTable } from './cite.ts';
import type { Bilingual } from './i18n/index.ts';

/** Frontmatter of an editorial MDX file (one per page and language). */
export const editorialSchema = z.object({
  /** The page title in the file's language (the h1 repeats it). */
  title: z.string(),
  /** One sentence on what the page is for (the meta description). */
  description: z.string(),
});

/** One release of the data: what changed in the collections, in both languages. */
export const releaseSchema = z.object({
  /** Release date, `YYYY-MM-DD` (the id of the entry). */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Each change, in Chinese and English, with the collections it touches. */
  changes: z
    .array(
      z.object({
        zh: z.string(),
        en: z.string(),
        collections: z.array(z.enum(collectionNames as [CollectionName, ...CollectionName[]])),
      }),
    )
    .min(1),
});
export type Release = z.infer<typeof releaseSchema>;

/** Order of the pages in the footer and in the pages' own list. */
export const editorialOrder = Object.keys(editorialPages) as EditorialPage[];

/** What the pages count: records of a collection, or a derived total. */
export type CountOf = CollectionName | 'citations' | 'symbols' | 'bodies';

/** A figure the pages quote, counted from the collections. */
export function countOf(corpus: Collections, of: CountOf): number {
  switch (of) {
    case 'citations':
      return corpus.resolutions.reduce((n, r) => n + r.citations.length, 0);
    case 'symbols':
      return corpus.citedDocuments.length;
    case 'bodies':
      return new Set(corpus.resolutions.map((r) => r.body)).size;
    default:
      return corpus[of].length;
  }
}

/** Records of one collection that belong to a document. */
export function countInDocument(corpus: Collections, of: 'paragraphs' | 'tables' | 'figures', documentId: string): number {
  return corpus[of].filter((r) => r.documentId === documentId).length;
}

/** A live example: what a delegate types or cites, and where it leads. */
export interface Example {
  /** The citation in both languages (UN style, as the cite button copies it). */
  cite: Bilingual;
  /** Permalink of the place. */
  url: string;
  /** Lookup inputs that lead there (`16.36`, `第 16.36 段`, …). */
  inputs: string[];
}

/** The examples the citing and searching pages show, picked by rule from the collections (null where the corpus has none). */
export function pickExamples(corpus: Collections): {
  paragraph: Example | null;
  table: Example | null;
  figure: Example | null;
  resolution: Example | null;
  symbols: string[];
} {
  const fascicle = corpus.documents.find((d) => d.kind === 'budget-fascicle') ?? corpus.documents[0];
  // A paragraph that cites a resolution with an official symbol, the most cited first: both ends of one link.
  const byCitations = [...corpus.resolutions].sort(
    (a, b) => Number(!!b.officialSymbol) - Number(!!a.officialSymbol) || b.citations.length - a.citations.length,
  );
  const cited = byCitations
    .flatMap((r) => r.citations.map((c) => ({ r, c })))
    .find(({ c }) => c.precision === 'paragraph' && c.paragraph && c.documentId === fascicle?.id);
  const para =
    corpus.paragraphs.find((p) => p.documentId === cited?.c.documentId && p.number === cited?.c.paragraph) ??
    corpus.paragraphs.find((p) => p.documentId === fascicle?.id);
  const table = corpus.tables.find((t) => t.documentId === fascicle?.id && t.role === 'resources') ?? corpus.tables[0];
  const figure = corpus.figures.find((f) => f.documentId === fascicle?.id) ?? corpus.figures[0];
  const resolution = cited?.r ?? corpus.resolutions[0];
  const joint = corpus.documents.find((d) => d.symbols.length > 1);
  return {
    paragraph: para
      ? {
          cite: citeParagraph(para.document, para.number),
          url: para.url,
          inputs: [
            para.number,
            `第 ${para.number} 段`,
            `para. ${para.number}`,
            `${para.document}, para. ${para.number}`,
            `${para.document} 第 ${para.number} 段`,
          ],
        }
      : null,
    table: table
      ? { cite: citeTable(table.document, table.number), url: table.url, inputs: [`表 ${table.number}`, `table ${table.number}`] }
      : null,
    figure: figure
      ? {
          cite: citeFigure(figure.document, figure.numberPrinted, figure.number, figure.printedNumber),
          url: figure.url,
          inputs: [`图 ${figure.numberPrinted}`, `figure ${figure.number}`],
        }
      : null,
    resolution: resolution
      ? {
          cite: { zh: resolution.number, en: resolution.number },
          url: resolution.url,
          inputs: [resolution.number, ...(resolution.officialSymbol ? [resolution.officialSymbol] : [])],
        }
      : null,
    symbols: [...new Set([fascicle?.symbol, joint?.symbols[0], joint?.symbol].filter((s): s is string => !!s))],
  };
}
