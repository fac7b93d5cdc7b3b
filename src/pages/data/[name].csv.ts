import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpusInReaderOrder } from '../../lib/corpus.ts';
import { csvFor, csvRows, extraCsv } from '../../lib/open-data.ts';

const names = [...Object.keys(csvRows), ...Object.keys(extraCsv)];

export const getStaticPaths = (() => names.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const csv = csvFor(params.name!, await loadCorpusInReaderOrder())!;
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
