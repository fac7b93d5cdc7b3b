/** Removing the conversion's traces from a line of text without touching its content. */

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** Markdown-like traces some files have: heading hashes, bold stars, backslash escapes, <p> wrappers. */
export function stripMarkup(text: string): string {
  return (
    text
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\*\*/g, '')
      // Markdown emphasis around a word or title (`*Unite Evaluations*`): the stars go, the words stay. A lone or
      // escaped star (a footnote mark, `\*`) and a star beside a space are not emphasis.
      .replace(/(?<![*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)/g, '$1')
      .replace(/\\([*_#\\[\]()<>-])/g, '$1')
      .replace(/<\/?p>/g, ' ')
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
  );
}

/** Footnote marks glued to text (`²`, `¹⁴`, `<sup>3</sup>`): returns the text without them and the marks. */
export function takeFootnoteMarks(text: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  let out = text.replace(/<sup>\s*([0-9a-z]+)\s*<\/sup>/gi, (_, m: string) => {
    marks.push(m);
    return '';
  });
  out = out.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => {
    marks.push([...run].map((c) => SUPERSCRIPT_DIGITS[c]).join(''));
    return '';
  });
  return { text: out.trimEnd(), marks };
}

/** A footnote line at the foot of a page: `² text`, `<sup>2</sup> text`, `\* text`; null if not one. */
export function parseFootnoteLine(text: string): { mark: string; text: string } | null {
  const t = text.trim();
  let m = /^<sup>\s*([0-9a-z]+)\s*<\/sup>\s*(.+)$/i.exec(t);
  if (m) return { mark: m[1]!, text: m[2]!.trim() };
  m = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.+)$/.exec(t);
  if (m) return { mark: [...m[1]!].map((c) => SUPERSCRIPT_DIGITS[c]).join(''), text: m[2]!.trim() };
  m = /^((?:\\?\*)+)\s+(.+)$/.exec(t);
  if (m) return { mark: m[1]!.replace(/\\/g, ''), text: m[2]!.trim() };
  return null;
}

/** Full-width ASCII (digits, letters, slash, brackets) to half-width; ideographic space to space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Joins two pieces of a sentence broken across lines: no space between CJK characters. */
export function joinBroken(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const cjkEnd = /[\u3000-\u9fff\uff00-\uffef]$/u.test(a);
  const cjkStart = /^[\u3000-\u9fff\uff00-\uffef]/u.test(b);
  return cjkEnd || cjkStart ? a + b : `${a} ${b}`;
}

/** Parses a number as the UN prints it in Chinese tables: `1 257.0`, `(579.4)` negative, `—` none. */
export function parseAmount(cell: string): number | null | undefined {
  const t = cell.trim().replace(/\u00a0/g, ' ');
  if (t === '—' || t === '-' || t === '–' || t === '－' || t === '') return null;
  const neg = /^\((.+)\)$/.exec(t);
  const body = (neg ? neg[1]! : t).replace(/[ ,]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(body)) return undefined;
  const n = Number(body);
  return neg ? -n : n;
}

/** Items of a table cell the conversion wrapped in `<p>` elements (`<p>a</p> <p>b</p>` → ['a', 'b']); a plain cell is one item. */
export function paragraphCellItems(cell: string): string[] {
  if (!/<p>/i.test(cell)) return [cell.trim()];
  return [...cell.matchAll(/<p>([\s\S]*?)<\/p>/gi)].map((m) => m[1]!.trim());
}

/** Two printings of one title that differ only in punctuation, spacing or character width (`：`/`:`) share this key. */
export const titleKey = (title: string) => title.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
