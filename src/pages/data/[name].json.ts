import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionNames, type CollectionName } from '../../../core/schemas/collections.ts';
import { loadCorpus } from '../../lib/corpus.ts';

export const getStaticPaths = (() => collectionNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(corpus[params.name as CollectionName], null, 1) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
