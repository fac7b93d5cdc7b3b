/** `/search/terms.json`: English terms → the corpus's Chinese terms (core/search/terms-en.ts, country-terms.ts), fetched when a query is in Latin letters. */
import type { APIRoute } from 'astro';
import { termList } from '../../../core/search/country-terms.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(termList()), { headers: { 'Content-Type': 'application/json' } });
