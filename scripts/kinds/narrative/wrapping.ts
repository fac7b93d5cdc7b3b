/** Whether the conversion kept the PDF's line breaks inside paragraphs (hard-wrapped text). */
import type { ClassifiedLine } from './context.ts';
import { cleanLine } from './lines.ts';
import { NUMBERED, endsClosed } from './numbering.ts';

/**
 * A document is hard-wrapped when most lines that open a numbered paragraph stop mid-sentence.
 * In such text a line starting with `(a)` or ending a sentence says nothing about structure.
 */
export function isHardWrapped(lines: ClassifiedLine[]): boolean {
  let starts = 0;
  let open = 0;
  for (const l of lines) {
    if (l.form.kind !== 'content') continue;
    const text = cleanLine(l.raw);
    if (!NUMBERED.test(text)) continue;
    starts++;
    if (!endsClosed(text)) open++;
  }
  return starts > 0 && open / starts > 0.5;
}
