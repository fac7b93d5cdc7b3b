/**
 * Anchors of a document's unnumbered blocks, derived from the document's structure (never from source
 * lines), so that a citation printed in a title page, a summary, a cover note, a page footnote or an annex
 * line can be linked to the block itself. The document page renders these ids; the reference pass links
 * citations to them. Pure functions of the block list.
 */
import type { Block } from './schemas/block.ts';

/** What kind of place an unnumbered block is. */
export type BlockPlaceKind = 'front-matter' | 'text-block' | 'footnote' | 'heading';

export interface BlockPlace {
  /** Element id on the document page. */
  anchor: string;
  kind: BlockPlaceKind;
}

/** A footnote mark as an id part: `15` → `15`, `*` → `star`, `**` → `star2`. */
function markSlug(mark: string): string {
  if (/^[0-9a-z]+$/i.test(mark)) return mark.toLowerCase();
  if (/^\*+$/.test(mark)) return mark.length === 1 ? 'star' : `star${mark.length}`;
  return 'mark';
}

/**
 * The place of every heading, text and footnote block (null for paragraphs, tables and figures, which have
 * their own anchors). Text blocks before the first heading or paragraph are the front matter (`front-1`,
 * `front-2`, …: title page, cover note); text under a summary heading is `summary-1`, …; other unnumbered
 * text is `text-1`, … in reading order. A page footnote is `note-<mark>` (`note-15`, `note-star`), with
 * `-2`, `-3` for a mark printed again.
 */
export function blockPlaces(blocks: Block[]): (BlockPlace | null)[] {
  const counts = new Map<string, number>();
  const next = (prefix: string) => {
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    return n;
  };
  let section: 'front' | 'summary' | 'text' = 'front';
  return blocks.map((b) => {
    switch (b.type) {
      case 'heading':
        section = b.anchor === 'summary' ? 'summary' : 'text';
        return { anchor: b.anchor, kind: 'heading' };
      case 'text': {
        const k = next(section);
        return { anchor: `${section}-${k}`, kind: section === 'text' ? 'text-block' : 'front-matter' };
      }
      case 'footnote': {
        const base = `note-${markSlug(b.mark)}`;
        const k = next(base);
        return { anchor: k === 1 ? base : `${base}-${k}`, kind: 'footnote' };
      }
      default:
        if (section === 'front') section = 'text';
        return null;
    }
  });
}

/** Element id of a mandate-list entry: `mandate-<k>` on its subprogramme page, `mandate-programme-<k>` on the document page. */
export function mandateAnchor(mandateId: string, onDocumentPage: boolean): string {
  const parts = mandateId.split('/');
  const k = parts[parts.length - 1]!;
  const list = parts[parts.length - 2]!;
  return onDocumentPage ? `mandate-${list}-${k}` : `mandate-${k}`;
}
