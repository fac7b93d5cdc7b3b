/**
 * Full-text recall against the index the build wrote into dist/, without a browser: for every recall term,
 * the search page's own loading and matching code (`src/scripts/search/search-data.ts`, fetching from dist/
 * on disk instead of the server) lists exactly the paragraphs that hold the term, each under its permalink.
 * search.test.ts shows in chromium that the page draws that list in full for a sample of terms.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { dist } from './harness.ts';
import { paragraphsContaining, recallTerms } from '../../core/search/recall-terms.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import { answerParagraphs, hydrateHits, loadTermIndex } from '../../src/scripts/search/search-data.ts';

const paragraphs = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/paragraphs.json'), 'utf8')) as Paragraph[];

/** `fetch` of a site path, answered from dist/ (the query string, a cache key, is dropped). */
function fetchFromDist(input: string | URL | Request): Promise<Response> {
  const { pathname } = new URL(input instanceof Request ? input.url : input, 'http://dist.invalid');
  try {
    return Promise.resolve(new Response(readFileSync(join(dist, decodeURIComponent(pathname)))));
  } catch {
    return Promise.resolve(new Response(null, { status: 404 }));
  }
}

beforeAll(() => {
  vi.stubGlobal('fetch', fetchFromDist);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

test.each(recallTerms)('%s lists exactly the paragraphs that hold it', async (term) => {
  // As the search page answers a query typed with no filter.
  const answer = await answerParagraphs(term, await loadTermIndex());
  const hits = await hydrateHits(answer.hits);
  expect(hits).toHaveLength(answer.hits.length);
  const expected = paragraphsContaining(paragraphs, term);
  expect(hits.map((h) => h.url).sort()).toEqual([...expected].sort());
  expect(answer.marks).toEqual([term]);
});
