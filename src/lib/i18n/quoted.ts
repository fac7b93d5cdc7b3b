/**
 * Document text inside a UI sentence: `Row “${quoted(row.label)}”: blank in the source`. The quoted piece is
 * carried between two private-use marks and rendered as `<span data-doc-text>` by <T/>, <Bi/> and the client's
 * `biSpan`, so it stays Chinese (and is known to be the source's words) under the English switch. Attributes
 * and plain-text uses take `unquote()`. Pure functions, shared by pages and client scripts.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PIECES = /\uE000([^\uE001]*)\uE001/g;

/** Marks `text` as quoted from a document ('' stays ''). */
export function quoted(text: string): string {
  return text === '' ? '' : `${OPEN}${text}${CLOSE}`;
}

/** The string with its quote marks removed (for attributes, titles, plain text). */
export function unquote(s: string): string {
  return s.replace(PIECES, '$1');
}

/** Runs of Chinese (Han and CJK punctuation) in an English sentence, each marked as quoted: for sentences that quote the source. */
export function quoteChinese(s: string): string {
  return s.replace(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef][\u3000-\u303f\u3400-\u9fff\uff00-\uffef\s\d().,:/-]*/gu, (run) => {
    const trimmed = run.trimEnd();
    return quoted(trimmed) + run.slice(trimmed.length);
  });
}

/** The string cut into plain and quoted pieces, in order (empty pieces left out). */
export function splitQuoted(s: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let at = 0;
  for (const m of s.matchAll(PIECES)) {
    if (m.index > at) out.push({ text: s.slice(at, m.index), quoted: false });
    if (m[1]) out.push({ text: m[1], quoted: true });
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push({ text: s.slice(at), quoted: false });
  return out;
}
