/** The numbering styles of UN narrative documents and the forms that tell headings from prose. */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numeral up to 99 (`一`, `十`, `十二`, `二十三`) to its value; null if not one. */
export function chineseNumeralValue(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? DIGITS[a]! : null;
  return (a ? DIGITS[a]! : 1) * 10 + (b ? DIGITS[b]! : 0);
}

/** `一. 引言` (chapter), `A. 伙伴关系` (section), `1. 改进…` (subsection or paragraph). */
export const CHAPTER = /^([一二三四五六七八九十]+)[.．、]\s*(\S.*)$/;
export const SECTION = /^([A-Z])[.．]\s*(\S.*)$/;
export const NUMBERED = /^(\d+)[.．]\s*(\S.*)$/;
/** A sub-item at the start of a line: `(a)`, `(iv)`, `(一)`, full-width brackets too. */
export const SUB_ITEM = /^[(（](?:[a-z]{1,4}|[一二三四五六七八九十]+)[)）]/;

/** The text ends a sentence or a lead-in: nothing of it runs on to the next line. */
export function endsClosed(text: string): boolean {
  return /[。；：！？!?…][”’」』）)\]]*$/.test(text.trim());
}

/** Short, no sentence punctuation: the form of a heading rather than of a paragraph. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && !/[。；：！？!?]/.test(t);
}
