/** Every collection the pipeline writes, by name: the one registry the CLI, the open data and Astro read. */
import type { z } from 'zod';
import { documentSchema } from './document.ts';
import { paragraphSchema } from './paragraph.ts';
import { subprogrammeSchema } from './subprogramme.ts';
import { resultSchema } from './result.ts';
import { performanceMeasureSchema } from './performance-measure.ts';
import { deliverableSchema } from './deliverable.ts';
import { mandateSchema } from './mandate.ts';
import { resolutionSchema } from './resolution.ts';
import { citedDocumentSchema } from './cited-document.ts';
import { tableSchema } from './table.ts';
import { resourceTableSchema } from './resource-table.ts';
import { figureSchema } from './figure.ts';
import { recommendationSchema } from './recommendation.ts';
import { discrepancySchema } from './discrepancy.ts';
import { oversightRecommendationSchema } from './oversight.ts';

export const collectionSchemas = {
  documents: documentSchema,
  paragraphs: paragraphSchema,
  subprogrammes: subprogrammeSchema,
  results: resultSchema,
  performanceMeasures: performanceMeasureSchema,
  deliverables: deliverableSchema,
  mandates: mandateSchema,
  resolutions: resolutionSchema,
  citedDocuments: citedDocumentSchema,
  tables: tableSchema,
  resourceTables: resourceTableSchema,
  figures: figureSchema,
  recommendations: recommendationSchema,
  discrepancies: discrepancySchema,
  oversight: oversightRecommendationSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

/** All records of every collection. */
export type Collections = { [K in CollectionName]: z.infer<(typeof collectionSchemas)[K]>[] };

export function emptyCollections(): Collections {
  return Object.fromEntries(collectionNames.map((n) => [n, []])) as unknown as Collections;
}
