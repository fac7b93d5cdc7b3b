/** `/search/paragraphs.json`: the compact paragraph table for the exact-substring pass (core/search/text.ts). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/corpus.ts';
import { buildParagraphTable } from '../../../core/search/text.ts';

export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(buildParagraphTable(corpus.documents, corpus.paragraphs)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
