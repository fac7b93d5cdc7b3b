/**
 * The permalink scheme: one place that turns identities into URL paths, used by the parsers
 * (records carry their `url`) and by the site. Changing an output here breaks published links:
 * the published-URL registry test fails first.
 */

/** Lower-case ASCII slug of a UN symbol or number: `A/76/6 (Sect. 16)` → `a-76-6-sect-16`. */
export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.(?=-|$)/g, '')
    .replace(/^-+|-+$/g, '');
}

/** The official text of a UN symbol on undocs.org, in Chinese (`https://undocs.org/zh/A/RES/74/247`). */
export function officialTextUrl(symbol: string): string {
  return `https://undocs.org/zh/${encodeURI(symbol)}`;
}

export const permalinks = {
  document: (documentId: string) => `/documents/${documentId}/`,
  paragraph: (documentId: string, number: string) => `/documents/${documentId}/#para-${number}`,
  table: (documentId: string, number: string) => `/documents/${documentId}/#table-${number}`,
  tableRow: (documentId: string, number: string, row: number) => `/documents/${documentId}/#table-${number}-row-${row}`,
  /** `number` is the normalised figure number (Roman numerals, ASCII). */
  figure: (documentId: string, number: string) => `/documents/${documentId}/#figure-${number}`,
  heading: (documentId: string, anchor: string) => `/documents/${documentId}/#${anchor}`,
  /** A chapter page of a long document (`key`: the anchor of its first heading); its anchors are the document page's. */
  chapter: (documentId: string, key: string) => `/documents/${documentId}/chapters/${key}/`,
  /** The whole text of a long document on one page (to read through or print). */
  fullText: (documentId: string) => `/documents/${documentId}/full/`,
  subprogramme: (documentId: string, key: string) => `/documents/${documentId}/subprogrammes/${key}/`,
  /** A legislative-mandate entry on its unit's page (`anchor` is `mandate-<k>`, k its place in the list). */
  mandate: (documentId: string, list: string, anchor: string) => `/documents/${documentId}/subprogrammes/${list}/#${anchor}`,
  result: (documentId: string, key: string, result: number | null) =>
    `/documents/${documentId}/subprogrammes/${key}/results/${result ?? 'emerging'}/`,
  /** Mandate review of a budget fascicle (every list), and of one subprogramme or component. */
  mandateReview: (documentId: string) => `/documents/${documentId}/mandates/`,
  unitMandateReview: (documentId: string, key: string) => `/documents/${documentId}/subprogrammes/${key}/mandates/`,
  /** Oversight follow-up of a budget fascicle (its annex as records), and one recommendation on it. */
  oversight: (documentId: string) => `/documents/${documentId}/oversight/`,
  oversightRecommendation: (documentId: string, k: number) => `/documents/${documentId}/oversight/#oversight-${k}`,
  /** A report's or note's recommendations grouped by theme, and one of them (anchor by paragraph). */
  recommendations: (documentId: string) => `/documents/${documentId}/recommendations/`,
  recommendation: (documentId: string, paragraph: string) => `/documents/${documentId}/recommendations/#rec-${paragraph}`,
  /** Threads across documents and years: the index, the report comparison, the working group's time line. */
  threads: () => '/threads/',
  reportComparison: () => '/threads/reports/',
  workingGroupTimeline: () => '/threads/working-group/',
  resolution: (id: string) => `/resolutions/${id}/`,
  citedDocument: (id: string) => `/symbols/${id}/`,
};

/** Element id of a paragraph's footnote on the pages that show the paragraph (`fn-16.99-3`). */
export function paragraphFootnoteAnchor(paragraph: string, mark: string): string {
  return `fn-${paragraph}-${mark}`;
}

/**
 * The editorial pages (MDX in src/editorial/<lang>/<page>.mdx, one route each): about the corpus, how to cite
 * and link, how to search and look up, the open-data dictionary, what changed in each release of the data.
 */
export const editorialPages = {
  about: '/about/',
  citing: '/about/citing/',
  searching: '/about/searching/',
  dictionary: '/data/dictionary/',
  changes: '/about/changes/',
} as const;
export type EditorialPage = keyof typeof editorialPages;
