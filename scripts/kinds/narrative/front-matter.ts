/**
 * The title page and what precedes the first chapter: commission, session, dates, agenda items and
 * their titles, the document title, the genre line, summary, table of contents, title-page footnotes.
 */
import { takeFootnoteMarks } from '../../../core/text.ts';
import type { NarrativeContext } from './context.ts';
import { cleanLine, joinWrapped } from './lines.ts';
import { CHAPTER, NUMBERED, SECTION, endsClosed } from './numbering.ts';

export interface FrontMatter {
  /** Title as printed, null when it could not be found. */
  title: string | null;
  /** Index in `ctx.lines` where the body (first numbered heading or paragraph) begins; lines.length if none. */
  bodyStart: number;
}

/** Lines that always open a new title-page item, so a wrapped line is never joined onto them. */
const ITEM_STARTS = [
  /^(麻醉药品委员会|预防犯罪和刑事司法委员会|经济及社会理事会|大会|安全理事会)$/,
  /^第[一二三四五六七八九十百零〇]+届(?:特别)?会议(?:续会)?$/,
  /^\d{4}\s*年.*日/,
  /^(?:临时)?议程/,
  /^(?:摘要|概要|目录|增编)$/,
  /^(?:Distr\.|Original:)/,
];
const SUMMARY = /^(?:摘要|概要)$/;
const CONTENTS = /^目录$/;
/** A table-of-contents entry: a title and its page number after a tab. */
const CONTENTS_ENTRY = /\t\s*(?:\d+|页次)\s*$/;

interface Item {
  text: string;
  first: number;
  last: number;
  /** Index of its block, so a wrapped line can be joined onto it. */
  block: number;
  opensItem: boolean;
  isMarker: boolean;
}

export function readFrontMatter(ctx: NarrativeContext, hardWrapped: boolean): FrontMatter {
  const items: Item[] = [];
  let inContents = false;
  let markerSeen = false;
  let blanks = 0;
  let furnitureBetween = false;

  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i]!;
    const form = line.form;
    if (form.kind === 'blank') {
      blanks++;
      continue;
    }
    if (form.kind === 'furniture') {
      ctx.place(line.no);
      furnitureBetween = true;
      continue;
    }
    if (form.kind === 'footnote') {
      ctx.footnotes.push({ mark: form.mark, text: form.text, line: line.no });
      ctx.blocks.push({ type: 'footnote', mark: form.mark, text: form.text, line: line.no });
      ctx.place(line.no);
      blanks = 0;
      continue;
    }
    const text = cleanLine(line.raw);
    if (inContents && CONTENTS_ENTRY.test(line.raw)) {
      ctx.blocks.push({ type: 'text', text, line: line.no });
      ctx.place(line.no);
      blanks = 0;
      continue;
    }
    inContents = false;
    if (markerSeen && (CHAPTER.test(text) || SECTION.test(text) || NUMBERED.test(text))) {
      return { title: findTitle(ctx, items), bodyStart: i };
    }
    ctx.place(line.no);
    if (CONTENTS.test(text) || SUMMARY.test(text)) {
      inContents = CONTENTS.test(text);
      const anchor = inContents ? 'contents' : 'summary';
      ctx.blocks.push({ type: 'heading', level: 1, text, anchor, line: line.no });
      items.push({ text, first: line.no, last: line.no, block: ctx.blocks.length - 1, opensItem: true, isMarker: false });
      blanks = 0;
      continue;
    }
    const isMarker = ctx.genre.marker.test(text);
    markerSeen ||= isMarker;
    const opensItem = isMarker || ITEM_STARTS.some((re) => re.test(text));
    const prev = items.at(-1);
    const wrapped =
      hardWrapped && prev !== undefined && !prev.opensItem && !opensItem && !endsClosed(prev.text) && (blanks <= 1 || furnitureBetween);
    if (wrapped) {
      prev.text = joinWrapped(prev.text, text);
      prev.last = line.no;
      const block = ctx.blocks[prev.block]!;
      if (block.type === 'text') block.text = prev.text;
    } else {
      ctx.blocks.push({ type: 'text', text, line: line.no });
      items.push({ text, first: line.no, last: line.no, block: ctx.blocks.length - 1, opensItem, isMarker });
    }
    blanks = 0;
    furnitureBetween = false;
  }
  return { title: markerSeen ? findTitle(ctx, items) : null, bodyStart: ctx.lines.length };
}

/** The title is the item printed right above the genre line (and, for reports, the genre line too). */
function findTitle(ctx: NarrativeContext, items: Item[]): string | null {
  const at = items.findIndex((it) => it.isMarker);
  const marker = items[at];
  const above = items[at - 1];
  if (!marker) return null;
  if (!above || above.opensItem) {
    ctx.log.error(
      marker.first,
      'no-title',
      `no title line above "${marker.text}"; expected the document title printed above the ${ctx.genre.description} line`,
    );
    return null;
  }
  const title = takeFootnoteMarks(above.text).text;
  return ctx.genre.titleIncludesMarker ? `${title}\n${marker.text}` : title;
}
