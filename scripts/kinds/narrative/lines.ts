/** What a single line of a narrative document is, judged by its form alone. */
import { joinBroken, parseFootnoteLine } from '../../../core/text.ts';

/** A single UN document symbol, or a joint one (`E/CN.7/2022/3/Add.1`, `E/CN.7/2022/3-E/CN.15/2022/3`). */
const SYMBOL = String.raw`[A-Z]+(?:\/[A-Za-z0-9.]+)+`;
const SYMBOL_LINE = new RegExp(`^${SYMBOL}(?:\\s*-\\s*${SYMBOL})*$`);
/** Job number of the printed document, with the page `n/m` before or after it (`V.22-22288 2/4`). */
const JOB_NUMBER_LINE = /^(?:\d+\/\d+\s+)?(?:[A-Z]\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?\*?(?:\s+\d+\/\d+)?$/;
/** The hyperlink the PDF prints for a cited symbol: a bare undocs address. */
const UNDOCS_URL_LINE = /^(?:https?:\/\/)?(?:www\.)?undocs\.org\/\S+$/i;
/** A bare page number or `n/m`. */
const PAGE_NUMBER_LINE = /^\d{1,3}(?:\/\d{1,3})?$/;

/** Running page header or other page furniture: the line says nothing of the document's content. */
export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return SYMBOL_LINE.test(t) || JOB_NUMBER_LINE.test(t) || UNDOCS_URL_LINE.test(t) || PAGE_NUMBER_LINE.test(t);
}

/** The line is only a document symbol (used by the symbol check). */
export function symbolsOfSymbolLine(text: string): string[] {
  const t = text.trim();
  if (!SYMBOL_LINE.test(t)) return [];
  return t.split(/\s*-\s*(?=[A-Z]+\/)/);
}

export type LineKind = { kind: 'blank' } | { kind: 'furniture' } | { kind: 'footnote'; mark: string; text: string } | { kind: 'content' };

export function classifyLine(raw: string): LineKind {
  const t = raw.trim();
  if (t === '') return { kind: 'blank' };
  if (isPageFurniture(t)) return { kind: 'furniture' };
  const note = parseFootnoteLine(t);
  if (note) return { kind: 'footnote', mark: note.mark, text: cleanLine(note.text) };
  return { kind: 'content' };
}

/**
 * Removes the conversion's markdown-like traces: heading hashes, paired bold stars, links (their
 * visible text is kept), autolink brackets, backslash escapes, `<p>` wrappers. Footnote marks stay.
 */
export function cleanLine(raw: string): string {
  return raw
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/<\/?p>/g, '')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_, label: string) => label.replace(/\\+([_*[\]()#])/g, '$1'))
    .replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*]+?)\*\*/g, '$1')
    .replace(/\\([*_#\\[\]()<>-])/g, '$1')
    .trim();
}

/** The line carries a markdown heading mark (`##`), which some conversions put on every heading. */
export function hasHeadingMark(raw: string): boolean {
  return /^\s*#{1,6}\s+\S/.test(raw);
}

/** The whole line is bold (`**加强…**`): an unnumbered heading in some conversions. */
export function isWholeLineBold(raw: string): boolean {
  return /^\s*\*\*[^*]+\*\*\s*$/.test(raw);
}

/**
 * Joins a line onto the text it continues: as `joinBroken` (no space at a CJK side), and no space
 * after a hyphen or slash the wrap fell on (`2021-` + `2025`) nor at curly quotes, which set solid in Chinese.
 */
export function joinWrapped(a: string, b: string): string {
  if (/[-–/“”‘’]$/.test(a) || /^[“”‘’]/.test(b)) return a + b;
  return joinBroken(a, b);
}
