import type { APIRoute } from 'astro';
import { collectionNames } from '../../../core/schemas/collections.ts';
import { loadCorpus } from '../../lib/corpus.ts';
import { csvRows, extraCsv } from '../../lib/open-data.ts';

/** The open-data index: every collection, its files and its size. */
export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  const index = {
    description:
      'Collections parsed from the corpus of UN documents on the UNODC budget. Fields are documented in the project README (Open data).',
    collections: collectionNames.map((name) => ({
      name,
      records: corpus[name].length,
      json: `/data/${name}.json`,
      csv: name in csvRows ? `/data/${name}.csv` : null,
    })),
    views: Object.keys(extraCsv).map((name) => ({ name, csv: `/data/${name}.csv` })),
  };
  return new Response(JSON.stringify(index, null, 1) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
