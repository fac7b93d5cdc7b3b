/** Mandate pass: the lines of a 立法授权 section are cut out whole for the mandate-list parser. */
import { parseFootnoteLine } from '../../../../core/text.ts';
import { cleanText, isBlank, isPageHeader, isRuleLine } from '../lines.ts';
import { classifyHeading, type Heading } from '../headings.ts';
import type { MandateSection, WalkContext } from './context.ts';

/** Headings that end a mandate list: its unit's 应交付产出, or anything above a section. */
function endsMandates(h: Heading): boolean {
  return h.kind === 'section' ? h.section === 'deliverables' : ['part', 'annex', 'container', 'subprogramme', 'component'].includes(h.kind);
}

/** A list waits for its intro paragraph: takes the list once that paragraph is read (or, without one, now). */
export function takePendingMandates(ctx: WalkContext, from: number): number {
  const list = ctx.pendingMandates!;
  ctx.pendingMandates = null;
  return takeMandates(ctx, from, list);
}

/** Lines of a 立法授权 section after its intro paragraph, up to the next 应交付产出 (or any higher heading). */
function takeMandates(ctx: WalkContext, from: number, list: string): number {
  const { lines, page, contents } = ctx;
  const section: MandateSection = { list, lines: [], startLine: lines[from]?.no ?? 0 };
  let j = from;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    const h = classifyHeading(cleanText(l.text), contents);
    if (h && endsMandates(h[0]!)) break;
    if (isPageHeader(l.text, page) || isRuleLine(l.text)) {
      ctx.place(l.no);
      continue;
    }
    section.lines.push(l);
    if (isBlank(l.text)) continue;
    ctx.place(l.no);
    const fn = /\t/.test(l.text) ? null : parseFootnoteLine(l.text);
    if (fn) ctx.out.blocks.push({ type: 'footnote', mark: fn.mark, text: fn.text, line: l.no });
    else ctx.textBlock(cleanText(l.text), l.no);
  }
  if (j >= lines.length)
    ctx.log.warning(
      lines[lines.length - 1]?.no ?? 0,
      'mandates-unterminated',
      `legislative mandates of list ${list} run to the end of the text; expected a "应交付产出" heading after them`,
    );
  ctx.out.mandateSections.push(section);
  return j - 1;
}
