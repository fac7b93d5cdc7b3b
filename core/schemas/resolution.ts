import { z } from 'zod';
import { bodySchema } from './common.ts';

/**
 * How precisely a citation's `url` places it: the numbered paragraph, a footnote (of a paragraph or of the
 * page), a table row or a table's notes, a mandate-list entry, a heading, a front-matter block (title page,
 * summary, cover note) or another unnumbered text block. `document` (the page's top) is never published:
 * the parse fails on it.
 */
export const citationPrecisionSchema = z.enum([
  'paragraph',
  'footnote',
  'table-row',
  'table',
  'mandate-entry',
  'heading',
  'front-matter',
  'text-block',
  'document',
]);
export type CitationPrecision = z.infer<typeof citationPrecisionSchema>;

/** Where a citation is printed, as the site shows and links it. */
export const citationPlaceFields = {
  precision: citationPrecisionSchema.meta({ description: 'How precise `url` is.', zh: '`url` 的精确程度。' }),
  url: z.string().meta({
    description: 'Permalink of the most precise place where it is printed (paragraph, footnote, table row, mandate entry, block).',
    zh: '印有引用的最精确位置的永久链接（段落、脚注、表格行、授权条目或文字块）。',
  }),
  table: z.string().nullable().meta({
    description: 'Number of the table it is printed in (`16.36`), else null.',
    zh: '印有引用的表格编号（`16.36`），否则为 null。',
  }),
  footnote: z.string().nullable().meta({
    description: 'Mark of the footnote it is printed in (`15`, `*`), else null.',
    zh: '印有引用的脚注号（`15`、`*`），否则为 null。',
  }),
};

/** Where a resolution or decision is cited. */
export const citationSchema = z.object({
  document: z.string().meta({ description: 'Symbol of the citing document.', zh: '引用文件的文号。' }),
  documentId: z.string().meta({ description: 'Slug of the citing document.', zh: '引用文件的网址段。' }),
  paragraph: z.string().nullable().meta({
    description: 'Number of the paragraph it is printed in, or that the table or footnote holding it belongs to; else null.',
    zh: '印有引用的段落编号，或载有引用的表格或脚注所属段落的编号；否则为 null。',
  }),
  mandateList: z.string().nullable().meta({
    description: 'Mandate list that holds it (`programme`, `1`…`8`, `9.1`, `9.2`), else null.',
    zh: '载有引用的立法授权清单（`programme`、`1`…`8`、`9.1`、`9.2`），否则为 null。',
  }),
  bodyBasis: z.enum(['stated', 'list', 'heading', 'inferred']).meta({
    description: 'How the body was known: named in the reference, shared with a list, or inferred from context (the site says so).',
    zh: '机关的确定方式：引文中写明、与清单共用、或根据上下文推断（网站会注明）。',
  }),
  text: z.string().meta({ description: 'The reference as printed.', zh: '印出的引文。' }),
  line: z.number().int().positive().meta({
    description: 'Source line (for checking against the seed; the site shows the place, never the line).',
    zh: '原文行号（供与原始文件核对；网站显示位置，从不显示行号）。',
  }),
  ...citationPlaceFields,
});

/** A resolution or decision: one record per distinct body, kind and number. */
export const resolutionSchema = z.object({
  id: z.string().meta({
    description: '`<body>-<kind>-<number slug>` in lower case (`ga-resolution-74-247`).',
    zh: '`<body>-<kind>-<number slug>`，小写（`ga-resolution-74-247`）。',
  }),
  body: bodySchema.meta({ description: 'Adopting body.', zh: '通过机关。' }),
  kind: z
    .enum(['resolution', 'decision'])
    .meta({ description: '`resolution` or `decision`.', zh: '`resolution`（决议）或 `decision`（决定）。' }),
  number: z.string().meta({
    description: 'Number as the UN writes it (`74/247`, `72/266 A`, `2331 (2016)`, `2491 (XXIII)`, `2022/316`).',
    zh: '联合国书写的编号（`74/247`、`72/266 A`、`2331 (2016)`、`2491 (XXIII)`、`2022/316`）。',
  }),
  titles: z.array(z.string()).meta({
    description:
      'Every title the corpus gives it; titles that differ only in punctuation, spacing or character width are one title (its first printing).',
    zh: '文集中给出的每个标题；仅在标点、空格或全半角上不同的标题算作一个标题（取其首次印出的形式）。',
  }),
  titleVariants: z
    .array(
      z.object({
        title: z.string().meta({ description: 'The title as first printed.', zh: '首次印出的标题。' }),
        places: z
          .array(
            z.object({
              document: z.string().meta({ description: 'Symbol of the printing document.', zh: '印有该标题的文件的文号。' }),
              documentId: z.string().meta({ description: 'Slug of the printing document.', zh: '印有该标题的文件的网址段。' }),
              mandateList: z.string().meta({
                description: 'Mandate list of the entry (`programme`, `1`…`9.2`).',
                zh: '该条目所在的立法授权清单（`programme`、`1`…`9.2`）。',
              }),
              url: z.string().meta({ description: 'Permalink of the entry.', zh: '该条目的永久链接。' }),
            }),
          )
          .meta({
            description: 'Where it is printed: mandate entries (document, list and permalink).',
            zh: '印出的位置：立法授权条目（文件、清单和永久链接）。',
          }),
      }),
    )
    .meta({
      description: "Each title with the places that print it (a title printed in several forms keeps every form's places).",
      zh: '每个标题及印有该标题的位置（以多种形式印出的标题保留每种形式的位置）。',
    }),
  year: z.number().int().nullable().meta({
    description:
      'Year of adoption, only where the source fixes it: printed with the reference (`大会 2011 年 7 月 14 日第 65/308 号决议`), in the number (`2017/18`, `2331 (2016)`), or a session held within one calendar year (CND, CCPCJ, the conferences). Never guessed from a GA session, which spans two years: null there.',
    zh: '通过年份，仅在原文确定时给出：与引文一起印出（`大会 2011 年 7 月 14 日第 65/308 号决议`）、见于编号（`2017/18`、`2331 (2016)`），或届会在一个日历年内举行（麻委会、预防犯罪委员会、缔约方会议）。大会届会跨两个年份，不据此推测年份：此时为 null。',
  }),
  yearBasis: z.enum(['text', 'number']).nullable().meta({
    description: 'Where `year` comes from: `text` (printed with a citation), `number` (the number or its one-year session), else null.',
    zh: '`year` 的来源：`text`（与某处引文一起印出）、`number`（编号或其一年内的届会），否则为 null。',
  }),
  session: z.number().int().nullable().meta({
    description: 'Session of adoption derived from the number (GA/CND/CCPCJ/COP sessions), else null.',
    zh: '由编号推出的通过届会（大会、麻委会、预防犯罪委员会、缔约方会议届会），否则为 null。',
  }),
  sessionYears: z.tuple([z.number().int(), z.number().int()]).nullable().meta({
    description: 'First and last calendar year of that session (GA session 65: [2010, 2011]), else null.',
    zh: '该届会的首尾日历年份（大会第六十五届会议：[2010, 2011]），否则为 null。',
  }),
  officialSymbol: z.string().nullable().meta({
    description: 'Official document symbol (`A/RES/74/247`), null where the body has no such series.',
    zh: '正式文件文号（`A/RES/74/247`），该机关无此系列时为 null。',
  }),
  citations: z.array(citationSchema).meta({ description: 'Every place it is cited.', zh: '每一处引用。' }),
  url: z.string().meta({ description: 'Permanent URL.', zh: '永久链接。' }),
});
export type Resolution = z.infer<typeof resolutionSchema>;
export type Citation = z.infer<typeof citationSchema>;
