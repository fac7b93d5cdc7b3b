/** Astro's content layer over the pipeline's output: one collection per JSON file in content/, typed by the same zod schemas. */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { collectionSchemas as s } from '../scripts/schemas/collections.ts';

export const collections = {
  documents: defineCollection({ loader: file('content/documents.json'), schema: s.documents }),
  paragraphs: defineCollection({ loader: file('content/paragraphs.json'), schema: s.paragraphs }),
  subprogrammes: defineCollection({ loader: file('content/subprogrammes.json'), schema: s.subprogrammes }),
  results: defineCollection({ loader: file('content/results.json'), schema: s.results }),
  performanceMeasures: defineCollection({ loader: file('content/performanceMeasures.json'), schema: s.performanceMeasures }),
  deliverables: defineCollection({ loader: file('content/deliverables.json'), schema: s.deliverables }),
  mandates: defineCollection({ loader: file('content/mandates.json'), schema: s.mandates }),
  resolutions: defineCollection({ loader: file('content/resolutions.json'), schema: s.resolutions }),
  citedDocuments: defineCollection({ loader: file('content/citedDocuments.json'), schema: s.citedDocuments }),
  tables: defineCollection({ loader: file('content/tables.json'), schema: s.tables }),
  resourceTables: defineCollection({ loader: file('content/resourceTables.json'), schema: s.resourceTables }),
  figures: defineCollection({ loader: file('content/figures.json'), schema: s.figures }),
  recommendations: defineCollection({ loader: file('content/recommendations.json'), schema: s.recommendations }),
  discrepancies: defineCollection({ loader: file('content/discrepancies.json'), schema: s.discrepancies }),
};
