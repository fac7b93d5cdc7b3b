/**
 * Chapter pages of a long document, for the pages: the forwarding of an old whole-document anchor to the
 * chapter page that holds it (a map written into the document page, read by a tiny inline script).
 */
import type { DocumentRecord } from '../../core/schemas/document.ts';

/** Chapter key → the anchors of the document page it holds (from the records: core/chapters.ts). */
export function forwardMap(doc: DocumentRecord): Record<string, string[]> {
  return Object.fromEntries((doc.chapters ?? []).map((c) => [c.key, c.anchors]));
}

/**
 * Run before the document page paints: an anchor the page no longer holds (`#para-16.36`) is looked up in the
 * document's map (chapter key → anchors) and the browser replaces the URL with the chapter page's, keeping the
 * anchor. An anchor not in the map stays where it is. The map is in the script, so the page's CSP hash covers it.
 */
export function forwardScript(doc: DocumentRecord): string {
  const map = JSON.stringify(forwardMap(doc)).replace(/</g, '\\u003c');
  return `(function () { var h = location.hash.slice(1); if (!h) return; try { h = decodeURIComponent(h); } catch (e) {} var map = ${map}; for (var k in map) if (map[k].indexOf(h) >= 0) { location.replace(new URL('chapters/' + k + '/', location.href.split('#')[0]).href + location.hash); return; } })();`;
}
