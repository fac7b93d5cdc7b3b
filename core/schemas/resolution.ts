import { z } from 'zod';
import { bodySchema } from './common.ts';

/**
 * How precisely a citation's `url` places it: the numbered paragraph, a footnote (of a paragraph or of the
 * page), a table row or a table's notes, a mandate-list entry, a heading, a front-matter block (title page,
 * summary, cover note) or another unnumbered text block. `document` (the page's top) is never published:
 * the parse fails on it.
 */
export const citationPrecisionSchema = z.enum(['paragraph', 'footnote', 'table-row', 'table', 'mandate-entry', 'heading', 'front-matter', 'text-block', 'document']);
export type CitationPrecision = z.infer<typeof citationPrecisionSchema>;

/** Where a citation is printed, as the site shows and links it. */
export const citationPlaceFields = {
  /** How precise `url` is. */
  precision: citationPrecisionSchema,
  /** Permalink of the most precise place where it is printed (paragraph, footnote, table row, mandate entry, block). */
  url: z.string(),
  /** Number of the table it is printed in (`16.36`), else null. */
  table: z.string().nullable(),
  /** Mark of the footnote it is printed in (`15`, `*`), else null. */
  footnote: z.string().nullable(),
};

/** Where a resolution or decision is cited. */
export const citationSchema = z.object({
  /** Symbol of the citing document. */
  document: z.string(),
  /** Slug of the citing document. */
  documentId: z.string(),
  /** Number of the paragraph it is printed in, or that the table or footnote holding it belongs to; else null. */
  paragraph: z.string().nullable(),
  /** Mandate list that holds it (`programme`, `1`…`8`, `9.1`, `9.2`), else null. */
  mandateList: z.string().nullable(),
  /** How the body was known: named in the reference, shared with a list, or inferred from context (the site says so). */
  bodyBasis: z.enum(['stated', 'list', 'heading', 'inferred']),
  /** The reference as printed. */
  text: z.string(),
  /** Source line (for checking against the seed; the site shows the place, never the line). */
  line: z.number().int().positive(),
  ...citationPlaceFields,
});

/** A resolution or decision: one record per distinct body, kind and number. */
export const resolutionSchema = z.object({
  /** `<body>-<kind>-<number slug>` in lower case (`ga-resolution-74-247`). */
  id: z.string(),
  /** Adopting body. */
  body: bodySchema,
  /** `resolution` or `decision`. */
  kind: z.enum(['resolution', 'decision']),
  /** Number as the UN writes it (`74/247`, `72/266 A`, `2331 (2016)`, `2491 (XXIII)`, `2022/316`). */
  number: z.string(),
  /** Every title the corpus gives it; titles that differ only in punctuation, spacing or character width are one title (its first printing). */
  titles: z.array(z.string()),
  /** Each title with the places that print it (a title printed in several forms keeps every form's places). */
  titleVariants: z.array(z.object({
    /** The title as first printed. */
    title: z.string(),
    /** Where it is printed: mandate entries (document, list and permalink). */
    places: z.array(z.object({
      /** Symbol of the printing document. */
      document: z.string(),
      /** Slug of the printing document. */
      documentId: z.string(),
      /** Mandate list of the entry (`programme`, `1`…`9.2`). */
      mandateList: z.string(),
      /** Permalink of the entry. */
      url: z.string(),
    })),
  })),
  /**
   * Year of adoption, only where the source fixes it: printed with the reference (`大会 2011 年 7 月 14 日第
   * 65/308 号决议`), in the number (`2017/18`, `2331 (2016)`), or a session held within one calendar year
   * (CND, CCPCJ, the conferences). Never guessed from a GA session, which spans two years: null there.
   */
  year: z.number().int().nullable(),
  /** Where `year` comes from: `text` (printed with a citation), `number` (the number or its one-year session), else null. */
  yearBasis: z.enum(['text', 'number']).nullable(),
  /** Session of adoption derived from the number (GA/CND/CCPCJ/COP sessions), else null. */
  session: z.number().int().nullable(),
  /** First and last calendar year of that session (GA session 65: [2010, 2011]), else null. */
  sessionYears: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** Official document symbol (`A/RES/74/247`), null where the body has no such series. */
  officialSymbol: z.string().nullable(),
  /** Every place it is cited. */
  citations: z.array(citationSchema),
  /** Permanent URL. */
  url: z.string(),
});
export type Resolution = z.infer<typeof resolutionSchema>;
export type Citation = z.infer<typeof citationSchema>;
