/** The URLs a built site publishes: every page, and the anchors of paragraphs, tables, table rows and figures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
 * anchor → target page path, read from the page's forwarding script (`var map = {chapter key: [anchors]}`).
 */
export function forwardedAnchors(path: string, html: string): Map<string, string> {
  const m = /var map = (\{.*?\}); for \(var k in map\)/.exec(html);
  const out = new Map<string, string>();
  if (!m) return out;
  const map = JSON.parse(m[1]!) as Record<string, string[]>;
  for (const [key, anchors] of Object.entries(map)) for (const a of anchors) out.set(a, `${path}chapters/${key}/`);
  return out;
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
