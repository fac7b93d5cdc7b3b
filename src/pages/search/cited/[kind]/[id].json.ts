/**
 * `/search/cited/<resolutions|symbols|documents>/<id>.json`: where one resolution, decision, cited symbol or corpus
 * document is cited (src/lib/cited-places.ts). A corpus document's places are those of the cited symbols that are
 * its own (`inCorpus`), often none: the header search then lists none instead of asking Pagefind.
 */
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
    ...corpus.documents.map((doc) => ({
      params: { kind: 'documents', id: doc.id },
      props: { places: places(corpus.citedDocuments.filter((d) => d.inCorpus === doc.id).flatMap((d) => d.citations)) },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ places: CitedPlace[] }> = ({ props }) =>
  new Response(JSON.stringify(props.places), { headers: { 'Content-Type': 'application/json' } });
