/** Line-level facts of a budget fascicle: the title page, running page headers and small line shapes. */
import type { SourceLine } from '../../lib/source.ts';
import { stripMarkup, takeFootnoteMarks } from '../../../core/text.ts';

/** What the title page says: section number and title, part line, and the running headers derived from them. */
export interface TitlePage {
  /** Section number printed as `第 N 款`. */
  section: string | null;
  /** Section title, the line after `第 N 款`. */
  title: string | null;
  /** Running page headers, spaces removed (`第16款国际药物管制…`, `第四编国际合作促进发展`). */
  headers: Set<string>;
}

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** Reads the title page: `第 N 款` + title and `第X编` + part title give the running headers of every later page. */
export function readTitlePage(lines: SourceLine[]): TitlePage {
  const headers = new Set<string>();
  let section: string | null = null;
  let title: string | null = null;
  const head = lines.slice(0, 80);
  const nextText = (i: number) =>
    head
      .slice(i + 1)
      .find((l) => l.text.trim() !== '')
      ?.text.trim() ?? null;
  head.forEach((l, i) => {
    const t = stripMarkup(l.text);
    const sect = /^第\s*(\d+[A-Z]?)\s*款$/.exec(t);
    if (sect && section === null) {
      section = sect[1]!;
      title = nextText(i);
      if (title) headers.add(squeeze(t + title));
    }
    if (/^第[一二三四五六七八九十]+编$/.test(t)) {
      const partTitle = nextText(i);
      if (partTitle) headers.add(squeeze(t + partTitle));
    }
  });
  return { section, title, headers };
}

/** Running page header: one derived from the title page, or (text without a title page) the genre's own form. */
export function isPageHeader(text: string, page: TitlePage): boolean {
  const t = stripMarkup(text);
  if (page.headers.has(squeeze(t))) return true;
  return page.section === null && /^第\s*(\d+[A-Z]?\s*款|[一二三四五六七八九十]+编)\s+\S[^\t。]*$/.test(t);
}

export const isBlank = (text: string) => text.trim() === '';

/** Markdown table rule rows left by the conversion (`------\t-----`, `--`). */
export const isRuleLine = (text: string) => /^[\s\t]*-{2,}[-\s\t]*$/.test(text);

/** A note under a table or figure: `^a text`. */
export function parseNoteLine(text: string): { mark: string; text: string } | null {
  const t = text.trim();
  let m = /^\^([a-z])\s*(.+)$/.exec(t);
  if (m) return { mark: m[1]!, text: m[2]!.trim() };
  m = /^(注|资料来源)\s*[：:]\s*(.+)$/.exec(t);
  if (m) return { mark: m[1]!, text: m[2]!.trim() };
  return null;
}

/** `16.24 text`, optionally behind a list dash; returns the two number parts and the text. */
export function parseParagraphStart(text: string): { major: string; minor: number; text: string } | null {
  const m = /^[\s-]*(\d{1,2}[A-Z]?)\.(\d{1,3})\s+(\S.*)$/.exec(text);
  if (!m) return null;
  return { major: m[1]!, minor: Number(m[2]), text: m[3]! };
}

/** A sub-item of a paragraph: `(a)`, `(一)`, `- (b)`. */
export function isSubItem(text: string): boolean {
  return /^[\s-]*\(([a-z]|[一二三四五六七八九十]+)\)/.test(text);
}

/** Removes the list dash in front of a paragraph or sub-item. */
export const dropListDash = (text: string) => text.replace(/^[\s-]+/, '');

/** Conversion traces in running text: markup, backslash escapes, `[A/75/7](#)` links. */
export function cleanText(text: string): string {
  return stripMarkup(text.replace(/\\\$/g, '$').replace(/\[([^\]]+)\]\(#[^)]*\)/g, '$1'))
    .replace(/\t+/g, ' ')
    .trim();
}

/** Clean text plus the footnote marks taken out of it. */
export function cleanWithMarks(text: string): { text: string; marks: string[] } {
  // The space typeset after a superscript mark (`主义，⁸ 为此`) goes with the mark.
  const { text: t, marks } = takeFootnoteMarks(cleanText(text).replace(/([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(?=[\u3000-\u9fff\uff00-\uffef])/gu, '$1'));
  return { text: t.trim(), marks };
}

/** A paragraph's text ends a sentence or a lead-in; anything else continues on the next line. */
export const endsSentence = (text: string) => /[。；;：:！？!?][”’"）)]?$/.test(text.trim());
