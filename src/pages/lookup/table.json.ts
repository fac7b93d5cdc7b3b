/** `/lookup/table.json`: the lookup table, built once at build time (see core/search/lookup-table.ts). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/corpus.ts';
import { buildLookupTable } from '../../../core/search/lookup-table.ts';

export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(buildLookupTable(corpus)), { headers: { 'Content-Type': 'application/json' } });
};
