/** Matching footnote marks in paragraphs with the footnote lines at the foot of the page. */
import type { FootnoteLine, NarrativeContext, ParagraphDraft } from './context.ts';

/**
 * The footnotes a paragraph's marks point to: for each mark, the first footnote with that mark
 * printed at or after the paragraph's first line (marks may restart in a long document).
 */
export function footnotesOf(ctx: NarrativeContext, p: ParagraphDraft): { mark: string; text: string }[] {
  const out: { mark: string; text: string }[] = [];
  for (const mark of p.marks) {
    const note = findNote(ctx.footnotes, mark, p.first);
    if (note) out.push({ mark, text: note.text });
    else ctx.log.warning(p.first, 'footnote-missing', `paragraph ${p.number} has footnote mark ${mark} but no footnote ${mark} follows it`);
  }
  return out;
}

function findNote(notes: FootnoteLine[], mark: string, from: number): FootnoteLine | undefined {
  return notes.find((n) => n.mark === mark && n.line >= from) ?? notes.find((n) => n.mark === mark);
}

/** Footnotes no paragraph points to; title-page marks (`*`) are printed in text blocks instead. */
export function unreferencedFootnotes(ctx: NarrativeContext): FootnoteLine[] {
  const used = new Set(ctx.paragraphs.flatMap((p) => p.marks.map((m) => findNote(ctx.footnotes, m, p.first))));
  const inText = ctx.blocks
    .filter((b) => b.type === 'text')
    .map((b) => (b.type === 'text' ? b.text : ''))
    .join('\n');
  return ctx.footnotes.filter((n) => !used.has(n) && !(/^\*+$/.test(n.mark) && inText.includes(n.mark)));
}
