/** The editorial note beside a mandate title the conversion cut (`titleRepair`): what is printed where, and the link to the whole printing. */
import type { Mandate } from '../../core/schemas/mandate.ts';
import { mandateAnchor } from '../../core/anchors.ts';
import { permalinks } from '../../core/permalinks.ts';

export interface TitleNote {
  status: 'reassembled' | 'as-printed';
  /** Text printed beside the number. */
  head: string;
  /** The moved piece(s), joined with ` / ` (empty when none was found). */
  tail: string;
  /** The whole title as the other printing gives it. */
  full: string;
  /** Where that printing stands: its list (`programme` or a unit key) and the URL of its entry. */
  fullList: string;
  fullHref: string;
}

/** The note of an entry, or null when its title is printed whole. */
/** `at` turns a whole-document anchor URL into its chapter page (long documents). */
export function titleNote(m: Mandate, at: (url: string) => string = (u) => u): TitleNote | null {
  const r = m.titleRepair;
  if (!r) return null;
  const head = r.printed.find((p) => p.place === 'beside-number')?.text ?? m.title ?? '';
  const tail = r.printed
    .filter((p) => p.place === 'moved')
    .map((p) => p.text)
    .join(' / ');
  const parts = r.fullPrinting.mandate.split('/');
  const fullList = parts[parts.length - 2]!;
  const fullHref =
    fullList === 'programme'
      ? at(`${permalinks.document(m.documentId)}#${mandateAnchor(r.fullPrinting.mandate, true)}`)
      : `${permalinks.subprogramme(m.documentId, fullList)}#${mandateAnchor(r.fullPrinting.mandate, false)}`;
  return { status: r.status, head, tail, full: r.fullPrinting.title, fullList, fullHref };
}
