/** The URLs a built site publishes: every page, and the anchors of paragraphs, tables, table rows and figures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { forwardLookup, type ForwardMap } from '../../core/chapters.ts';

/**
 * Anchors that are permalinks (see README "Permanent links"): paragraphs, tables, rows, figures, the places citations
 * link to (mandate entries, page footnotes, front matter, summary and other text blocks), and the records of the
 * oversight and recommendations pages (their open-data `url`s, cited in briefs).
 */
export const PERMALINK_ANCHOR = /\bid="((?:para|table|figure|mandate|note|front|summary|text|oversight|rec)-[^"]+)"/g;
/** Document headings, whose ids come from the document's structure (`subprogramme-3-mandates`), are marked `data-permalink`. */
export const HEADING_ANCHOR = /\bid="([^"]+)" data-permalink/g;

/**
 * Anchors a page forwards to another page (a long document's page sends `#para-16.36` to the chapter holding it):
 * anchor → target page path (null when not forwarded), read from the page's forwarding script (`var map = {chapter
 * key: [anchor patterns]}`) with the lookup the script itself runs (core/chapters.ts).
 */
export function forwardedAnchors(path: string, html: string): (anchor: string) => string | null {
  const m = /var map = (\{.*?\}); var k = /.exec(html);
  if (!m) return () => null;
  const map = JSON.parse(m[1]!) as ForwardMap;
  return (anchor) => {
    const key = forwardLookup(map, anchor);
    return key === null ? null : `${path}chapters/${key}/`;
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Page path of a built file: `dist/a/b/index.html` → `/a/b/`. */
export function pagePath(dist: string, file: string): string {
  const rel = '/' + relative(dist, file).replace(/\\/g, '/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export function publishedUrls(dist: string): string[] {
  const urls: string[] = [];
  for (const file of htmlFiles(dist)) {
    const path = pagePath(dist, file);
    if (path === '/404.html') continue;
    urls.push(path);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(PERMALINK_ANCHOR)) urls.push(`${path}#${m[1]}`);
    for (const m of html.matchAll(HEADING_ANCHOR)) urls.push(`${path}#${m[1]}`);
  }
  return [...new Set(urls)].sort();
}
