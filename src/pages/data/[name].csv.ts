import type { APIRoute, GetStaticPaths } from 'astro';
import type { Collections } from '../../../core/schemas/collections.ts';
import { loadCorpus } from '../../lib/corpus.ts';
import { csvRows, extraCsv, toCsv } from '../../lib/open-data.ts';

const names = [...Object.keys(csvRows), ...Object.keys(extraCsv)];

export const getStaticPaths = (() => names.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = await loadCorpus();
  const name = params.name!;
  const rows = name in extraCsv
    ? extraCsv[name as keyof typeof extraCsv](corpus)
    : (csvRows[name as keyof typeof csvRows] as (r: Collections[keyof Collections]) => Parameters<typeof toCsv>[0])(corpus[name as keyof Collections]);
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
