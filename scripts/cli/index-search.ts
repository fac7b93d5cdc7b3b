/**
 * Builds the Pagefind index of dist/ (replaces `pagefind --site dist`): every page, Chinese segmented,
 * with document / subprogramme / body filters, numbered paragraphs left out of the pages and indexed as
 * records of their own in a second bundle (URL = the paragraph's permalink), so search results go to the
 * paragraph. Also writes the sharded exact-substring index (`/search/shards/`, core/search/shards.ts).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Collections } from '../../core/schemas/collections.ts';
import { isIndexedPage, pageFilters, paragraphRecord, withFilters, type IndexCorpus } from '../../core/search/index-records.ts';
import { buildShards } from '../../core/search/shards.ts';

const root = resolve(import.meta.dirname, '../..');
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? resolve(process.argv[distArg + 1]!) : join(root, 'dist');
// CONTENT_DIR: the parse output the site was built from (as in src/content.config.ts); default content/.
const contentDir = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
const read = <T>(name: string): T => JSON.parse(readFileSync(join(contentDir, `${name}.json`), 'utf8')) as T;

function* htmlFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind' && e.name !== '_astro') yield* htmlFiles(p);
    } else if (e.name.endsWith('.html')) yield p;
  }
}

function urlOf(file: string): string {
  const rel = relative(dist, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** `/search/shards/`: meta.json, g/<bucket>.json, t/<chunk>.json. */
function writeShards(corpus: { documents: Collections['documents'] }, paragraphs: Collections['paragraphs']): string {
  const { meta, buckets, chunks } = buildShards(corpus.documents, paragraphs);
  const dir = join(dist, 'search/shards');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'g'), { recursive: true });
  mkdirSync(join(dir, 't'), { recursive: true });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  buckets.forEach((b, i) => writeFileSync(join(dir, 'g', `${i}.json`), JSON.stringify(b)));
  chunks.forEach((c, i) => writeFileSync(join(dir, 't', `${i}.json`), JSON.stringify(c)));
  return `${buckets.length} gram buckets, ${chunks.length} text chunks`;
}

/**
 * `/pagefind/`: the built pages, paragraph text left out (each paragraph is a record of the other bundle; on the
 * pages it would only repeat it). Returns how many pages it holds.
 */
async function indexPages(corpus: IndexCorpus): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.para'] });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const url = urlOf(file);
    if (!isIndexedPage(url)) continue;
    const html = withFilters(readFileSync(file, 'utf8'), pageFilters(url, corpus));
    const r = await index.addHTMLFile({ url, content: html });
    if (r.errors.length) throw new Error(`pagefind ${url}: ${r.errors.join('; ')}`);
    pages++;
  }
  const w = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  return pages;
}

/**
 * `/pagefind/paragraphs/`: one record per numbered paragraph, its URL the paragraph's permalink, a bundle of its
 * own. Pagefind fetches its whole metadata (a row per record) with a bundle's first query, and paragraphs are
 * most records (55 700 of 65 000 at 100×: 443 KB of metadata in one bundle); the pages' bundle serves the
 * header and the search page's pages, this one only the search page's word-by-word fallback.
 */
async function indexParagraphs(paragraphs: Collections['paragraphs']): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const p of paragraphs) {
    const r = await index.addCustomRecord(paragraphRecord(p));
    if (r.errors.length) throw new Error(`pagefind ${p.url}: ${r.errors.join('; ')}`);
  }
  const w = await index.writeFiles({ outputPath: join(dist, 'pagefind', 'paragraphs') });
  if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const corpus = { documents: read<Collections['documents']>('documents'), resolutions: read<Collections['resolutions']>('resolutions') };
  const paragraphs = read<Collections['paragraphs']>('paragraphs');
  const shards = writeShards(corpus, paragraphs);
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const pages = await indexPages(corpus);
  await indexParagraphs(paragraphs);
  await pagefind.close();
  console.log(`search index: ${pages} pages, ${paragraphs.length} paragraphs (${shards}) in ${Math.round(performance.now() - started)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
