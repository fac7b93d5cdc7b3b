/** The fascicle's footnote lines by mark: paragraphs and result titles carry the marks, the text stands elsewhere. */
import { parseFootnoteLine } from '../../../../core/text.ts';
import type { SourceLine } from '../../../lib/source.ts';
import { cleanText } from '../lines.ts';

export interface FootnoteIndex {
  /** Cleaned text of the first footnote line with each mark. */
  text: Map<string, string>;
  line: Map<string, number>;
}

export function indexFootnotes(lines: SourceLine[]): FootnoteIndex {
  const index: FootnoteIndex = { text: new Map(), line: new Map() };
  for (const l of lines) {
    if (/\t/.test(l.text)) continue;
    const fn = parseFootnoteLine(l.text);
    if (fn && !index.text.has(fn.mark)) {
      index.text.set(fn.mark, cleanText(fn.text));
      index.line.set(fn.mark, l.no);
    }
  }
  return index;
}
