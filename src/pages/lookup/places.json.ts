/** `/lookup/places.json`: paragraphs, tables and figures by number (core/search/places.ts), fetched only when a query names one. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/corpus.ts';
import { buildPlaceTable } from '../../../core/search/places.ts';

export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(buildPlaceTable(corpus)), { headers: { 'Content-Type': 'application/json' } });
};
