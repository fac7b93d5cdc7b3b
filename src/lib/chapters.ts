/**
 * Chapter pages of a long document, for the pages: the forwarding of an old whole-document anchor to the
 * chapter page that holds it (a compact map written into the document page, read by a tiny inline script that runs
 * before the page paints).
 */
import type { DocumentRecord } from '../../core/schemas/document.ts';
import { compactAnchors, forwardLookupSource, type ForwardMap } from '../../core/chapters.ts';

/** Chapter key → its anchors as compact patterns (from the records: core/chapters.ts). */
export function forwardMap(doc: DocumentRecord): ForwardMap {
  return Object.fromEntries((doc.chapters ?? []).map((c) => [c.key, compactAnchors(c.anchors)]));
}

/**
 * Run before the document page paints: an anchor the page no longer
 * holds (`#para-16.36`) is looked up in the map and the browser replaces the URL with the chapter page's, keeping
 * the anchor and the query (`?lang=en`). An anchor not in the map stays where it is. The page's CSP hash covers
 * the script too; it sits in <head> before the stylesheet (Base.astro), so the forward does not wait for the CSS.
 */
export function forwardScript(doc: DocumentRecord): string {
  const map = JSON.stringify(forwardMap(doc)).replace(/</g, '\\u003c');
  return `(function () { var h = location.hash.slice(1); if (!h) return; try { h = decodeURIComponent(h); } catch (e) {} var map = ${map}; var k = (${forwardLookupSource})(map, h); if (k) location.replace(new URL('chapters/' + k + '/' + location.search + location.hash, location.href).href); })();`;
}
