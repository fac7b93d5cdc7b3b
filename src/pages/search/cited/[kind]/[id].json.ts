/** `/search/cited/<resolutions|symbols>/<id>.json`: where one resolution, decision or cited symbol is printed (src/lib/cited-places.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChapterResolver, loadCorpus } from '../../../../lib/corpus.ts';
import { citedPlaces } from '../../../../lib/cited-places.ts';
import type { CitedPlace } from '../../../../lib/cited-place-file.ts';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  // Places in long documents link to the chapter page that holds them, as on the resolution page.
  const chapterOf = await loadChapterResolver();
  const places = (citations: Parameters<typeof citedPlaces>[0]) =>
    citedPlaces(citations, corpus.documents).map((p) => ({ ...p, url: chapterOf(p.url) }));
  return [
    ...corpus.resolutions.map((r) => ({ params: { kind: 'resolutions', id: r.id }, props: { places: places(r.citations) } })),
    ...corpus.citedDocuments.map((d) => ({ params: { kind: 'symbols', id: d.id }, props: { places: places(d.citations) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ places: CitedPlace[] }> = ({ props }) =>
  new Response(JSON.stringify(props.places), { headers: { 'Content-Type': 'application/json' } });
