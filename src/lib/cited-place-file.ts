/**
 * The file of places where one resolution, decision, cited symbol or corpus document is cited,
 * `/search/cited/<resolutions|symbols|documents>/<id>.json`:
 * its URL and row, shared by the build (src/pages/search/cited/) and the header search (no other import, so the
 * browser bundle stays small).
 */
import type { Bilingual } from './i18n/index.ts';

export interface CitedPlace {
  /** Permalink of the place (paragraph, mandate entry, table row, footnote, block). */
  url: string;
  /** Symbol of the citing document. */
  document: string;
  /** The place in words (`次级方案 1 立法授权`, `第 16.266 段，表 16.36`). */
  place: Bilingual;
  /** The reference as printed there. */
  text: string;
}

/**
 * The file holding the places of the record whose page is `pageUrl` (`/resolutions/x/`, `/symbols/x/`, a corpus
 * document's `/documents/x/`), or null for other pages.
 */
export function citedPlacesUrl(pageUrl: string): string | null {
  const m = /^\/(resolutions|symbols|documents)\/([^/?#]+)\/$/.exec(pageUrl);
  return m ? `/search/cited/${m[1]}/${m[2]}.json` : null;
}
