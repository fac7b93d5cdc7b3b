import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionNames, type CollectionName } from '../../../core/schemas/collections.ts';
import { loadCorpusInReaderOrder } from '../../lib/corpus.ts';
import { collectionJson } from '../../lib/open-data.ts';

export const getStaticPaths = (() => collectionNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = await loadCorpusInReaderOrder();
  return new Response(collectionJson(corpus[params.name as CollectionName]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
