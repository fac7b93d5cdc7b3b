/** Astro's content layer over the pipeline's output: one collection per JSON file in content/, typed by the same zod schemas. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSchemas as s } from '../core/schemas/collections.ts';
import { editorialSchema, releaseSchema } from './lib/editorial.ts';
import { contentDir as dir } from './lib/content-dir.ts';

export const collections = {
  documents: defineCollection({ loader: file(`${dir}/documents.json`), schema: s.documents }),
  paragraphs: defineCollection({ loader: file(`${dir}/paragraphs.json`), schema: s.paragraphs }),
  subprogrammes: defineCollection({ loader: file(`${dir}/subprogrammes.json`), schema: s.subprogrammes }),
  results: defineCollection({ loader: file(`${dir}/results.json`), schema: s.results }),
  performanceMeasures: defineCollection({ loader: file(`${dir}/performanceMeasures.json`), schema: s.performanceMeasures }),
  deliverables: defineCollection({ loader: file(`${dir}/deliverables.json`), schema: s.deliverables }),
  mandates: defineCollection({ loader: file(`${dir}/mandates.json`), schema: s.mandates }),
  resolutions: defineCollection({ loader: file(`${dir}/resolutions.json`), schema: s.resolutions }),
  citedDocuments: defineCollection({ loader: file(`${dir}/citedDocuments.json`), schema: s.citedDocuments }),
  tables: defineCollection({ loader: file(`${dir}/tables.json`), schema: s.tables }),
  resourceTables: defineCollection({ loader: file(`${dir}/resourceTables.json`), schema: s.resourceTables }),
  figures: defineCollection({ loader: file(`${dir}/figures.json`), schema: s.figures }),
  recommendations: defineCollection({ loader: file(`${dir}/recommendations.json`), schema: s.recommendations }),
  discrepancies: defineCollection({ loader: file(`${dir}/discrepancies.json`), schema: s.discrepancies }),
  oversight: defineCollection({ loader: file(`${dir}/oversight.json`), schema: s.oversight }),
  /** The editorial pages, one MDX file per page and language (`zh/about`, `en/about`); not part of the corpus. */
  editorial: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './src/editorial' }), schema: editorialSchema }),
  /** What changed in each release of the data (the changes page). */
  releases: defineCollection({ loader: file('src/editorial/releases.json'), schema: releaseSchema }),
};
