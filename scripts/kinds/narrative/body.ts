/**
 * The body of a narrative document: chapters `一.`, sections `A.`, subsections `1.`, unnumbered
 * headings, numbered paragraphs joined across wrapped lines and page breaks, and their sub-items.
 */
import { takeFootnoteMarks } from '../../../core/text.ts';
import type { NarrativeContext, OpenHeading, ParagraphDraft } from './context.ts';
import { cleanLine, hasHeadingMark, isWholeLineBold, joinWrapped } from './lines.ts';
import { CHAPTER, NUMBERED, SECTION, SUB_ITEM, chineseNumeralValue, endsClosed, isHeadingLike } from './numbering.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function readBody(ctx: NarrativeContext, start: number, hardWrapped: boolean): void {
  const walker = new BodyWalker(ctx, hardWrapped);
  for (let i = start; i < ctx.lines.length; i++) walker.read(i);
  walker.finish();
}

class BodyWalker {
  private stack: OpenHeading[] = [];
  private paragraph: ParagraphDraft | null = null;
  private expected = 1;
  /** Blank lines since the last content line. */
  private blanks = 0;
  private lastWasHeading = false;
  /** The last content was a footnote line: in hard-wrapped text, its wrapped rest may follow. */
  private lastWasFootnote = false;
  /** Per parent anchor, how many unnumbered headings it has had (for their anchors). */
  private unnumberedCount = new Map<string, number>();
  private anchors = new Set<string>();

  constructor(
    private readonly ctx: NarrativeContext,
    private readonly hardWrapped: boolean,
  ) {}

  read(i: number): void {
    const line = this.ctx.lines[i]!;
    const form = line.form;
    if (form.kind === 'blank') {
      this.blanks++;
      return;
    }
    if (form.kind === 'furniture') {
      this.ctx.place(line.no);
      return;
    }
    if (form.kind === 'footnote') {
      this.ctx.footnotes.push({ mark: form.mark, text: form.text, line: line.no });
      this.ctx.blocks.push({ type: 'footnote', mark: form.mark, text: form.text, line: line.no });
      this.ctx.place(line.no);
      this.lastWasFootnote = true;
      this.blanks = 0;
      return;
    }
    if (this.lastWasFootnote && this.hardWrapped && this.blanks <= 1 && !endsClosed(this.ctx.footnotes.at(-1)!.text)) {
      this.continueFootnote(line.no, cleanLine(line.raw));
    } else {
      this.lastWasFootnote = false;
      this.readContent(i);
    }
    this.blanks = 0;
  }

  private readContent(i: number): void {
    const line = this.ctx.lines[i]!;
    const text = cleanLine(line.raw);
    const bare = takeFootnoteMarks(text).text;
    const marked = hasHeadingMark(line.raw) || isWholeLineBold(line.raw);
    const runsOn = this.paragraph !== null && !endsClosed(this.paragraph.text);

    let m = CHAPTER.exec(bare);
    if (m && isHeadingLike(m[2]!) && chineseNumeralValue(m[1]!) !== null && !(runsOn && !marked)) {
      return this.heading(line.no, 'chapter', chineseNumeralValue(m[1]!), bare, m[2]!);
    }
    m = SECTION.exec(bare);
    if (m && isHeadingLike(m[2]!) && !(runsOn && !marked)) {
      return this.heading(line.no, 'section', LETTERS.indexOf(m[1]!) + 1, bare, m[2]!);
    }
    m = NUMBERED.exec(bare);
    if (m) {
      const n = Number(m[1]);
      const rest = m[2]!;
      const headingForm = isHeadingLike(rest) && this.standsAlone(i);
      if (marked && headingForm) return this.heading(line.no, 'subsection', n, bare, rest);
      if (n === this.expected && !(headingForm && this.nextLineNumbered(i, n))) return this.startParagraph(line.no, n, text);
      if (headingForm && !runsOn) return this.heading(line.no, 'subsection', n, bare, rest);
      if (!runsOn) return this.startParagraph(line.no, n, text);
    }
    if (SUB_ITEM.test(bare) && this.paragraph) {
      // Hard-wrapped text puts (a), (b) inline; a line starting with one is only where the wrap fell.
      return this.continueParagraph(line.no, text, !this.hardWrapped);
    }
    if (marked) return this.heading(line.no, 'unnumbered', null, bare, bare);
    if (this.paragraph) {
      if (runsOn || !isHeadingLike(bare) || !this.standsAlone(i)) return this.continueParagraph(line.no, text, false);
      return this.heading(line.no, 'unnumbered', null, bare, bare);
    }
    if (this.lastWasHeading && this.hardWrapped && this.blanks <= 1) return this.continueHeading(line.no, bare);
    if (isHeadingLike(bare)) return this.heading(line.no, 'unnumbered', null, bare, bare);
    this.ctx.log.error(
      line.no,
      'unplaced-line',
      `cannot place "${excerpt(bare)}": expected a numbered paragraph (${this.expected}.), a heading or a continuation of a paragraph`,
    );
  }

  /**
   * In hard-wrapped text every first line of a paragraph looks short and unpunctuated; a heading is
   * set off by more than one blank line or followed by a numbered line. Other text: always true.
   */
  private standsAlone(i: number): boolean {
    if (!this.hardWrapped) return true;
    let blanks = 0;
    for (let k = i + 1; k < this.ctx.lines.length; k++) {
      const l = this.ctx.lines[k]!;
      if (l.form.kind === 'blank') {
        blanks++;
        continue;
      }
      if (l.form.kind !== 'content' || blanks > 1) return true;
      const next = takeFootnoteMarks(cleanLine(l.raw)).text;
      return CHAPTER.test(next) || SECTION.test(next) || NUMBERED.test(next);
    }
    return true;
  }

  /** The next content line carries the same number: this one is a heading over that paragraph. */
  private nextLineNumbered(i: number, n: number): boolean {
    for (let k = i + 1; k < this.ctx.lines.length; k++) {
      const l = this.ctx.lines[k]!;
      if (l.form.kind !== 'content') continue;
      const m = NUMBERED.exec(cleanLine(l.raw));
      return m !== null && Number(m[1]) === n;
    }
    return false;
  }

  private startParagraph(line: number, n: number, text: string): void {
    this.closeParagraph();
    if (n !== this.expected) {
      const skipped = this.expected === n - 1 ? String(this.expected) : `${this.expected}–${n - 1}`;
      const what =
        n < this.expected
          ? `goes back: paragraph ${n} follows paragraph ${this.expected - 1}`
          : this.expected === 1
            ? `skips ${skipped}: the first paragraph is numbered ${n}`
            : `skips ${skipped}: paragraph ${n} follows paragraph ${this.expected - 1}`;
      this.ctx.discrepancy(line, 'numbering', `Paragraph numbering ${what}`, String(n), String(this.expected));
    }
    const twin = this.ctx.paragraphs.find((p) => p.number === String(n));
    if (twin) {
      this.ctx.log.error(
        line,
        'duplicate-paragraph-number',
        `paragraph ${n} is numbered like the paragraph at line ${twin.first}; the two would share one id and anchor (expected ${this.expected})`,
      );
    }
    this.expected = n + 1;
    const body = text.replace(/^\d+[.．]\s*/, '');
    const { text: clean, marks } = takeFootnoteMarks(body);
    this.paragraph = { number: String(n), text: clean, marks, headings: [...this.stack], first: line, last: line };
    this.ctx.paragraphStarts++;
    this.ctx.blocks.push({ type: 'paragraph', number: String(n) });
    this.ctx.place(line);
    this.lastWasHeading = false;
  }

  private continueParagraph(line: number, text: string, newLine: boolean): void {
    const p = this.paragraph!;
    const { text: clean, marks } = takeFootnoteMarks(text);
    p.text = newLine ? `${p.text}\n${clean}` : joinWrapped(p.text, clean);
    p.marks.push(...marks);
    p.last = line;
    this.ctx.place(line);
  }

  private closeParagraph(): void {
    if (this.paragraph) this.ctx.paragraphs.push(this.paragraph);
    this.paragraph = null;
  }

  private heading(line: number, kind: OpenHeading['kind'], value: number | null, text: string, title: string): void {
    this.closeParagraph();
    const keep: Record<OpenHeading['kind'], OpenHeading['kind'][]> = {
      chapter: [],
      section: ['chapter'],
      subsection: ['chapter', 'section'],
      unnumbered: ['chapter', 'section', 'subsection'],
    };
    const previous = this.lastOfKind(kind);
    while (this.stack.length > 0 && !keep[kind].includes(this.stack.at(-1)!.kind)) this.stack.pop();
    const parent = this.stack.at(-1);
    this.checkSequence(line, kind, value, previous, text);
    const level = Math.min(6, (parent?.level ?? 0) + 1);
    const anchor = this.anchorFor(kind, value, parent);
    const heading: OpenHeading = { kind, value, level, text, title, anchor, line };
    this.stack.push(heading);
    this.ctx.headings.push(heading);
    this.ctx.blocks.push({ type: 'heading', level, text, anchor, line });
    this.ctx.place(line);
    this.lastWasHeading = true;
  }

  /** A footnote wrapped over two lines (hard-wrapped text only). */
  private continueFootnote(line: number, text: string): void {
    const note = this.ctx.footnotes.at(-1)!;
    note.text = joinWrapped(note.text, text);
    const block = this.ctx.blocks.findLast((b) => b.type === 'footnote');
    if (block && block.type === 'footnote') block.text = note.text;
    this.ctx.place(line);
  }

  /** A heading wrapped over two lines (hard-wrapped text only). */
  private continueHeading(line: number, text: string): void {
    const h = this.stack.at(-1)!;
    h.text = joinWrapped(h.text, text);
    h.title = joinWrapped(h.title, text);
    const block = this.ctx.blocks.findLast((b) => b.type === 'heading');
    if (block && block.type === 'heading') block.text = h.text;
    this.ctx.place(line);
  }

  /** The sibling a new heading of this kind should follow, to check the numbering runs on. */
  private lastOfKind(kind: OpenHeading['kind']): OpenHeading | null {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const h = this.stack[k]!;
      if (h.kind === kind) return h;
      if (kind !== 'chapter' && (h.kind === 'chapter' || (kind === 'subsection' && h.kind === 'section'))) return null;
    }
    return null;
  }

  private checkSequence(line: number, kind: OpenHeading['kind'], value: number | null, previous: OpenHeading | null, text: string): void {
    if (value === null || kind === 'unnumbered') return;
    const lastChapter = kind === 'chapter' ? (this.ctx.headings.findLast((h) => h.kind === 'chapter') ?? null) : previous;
    const expected = (lastChapter?.value ?? 0) + 1;
    if (value === expected) return;
    const show = (v: number) => (kind === 'section' ? (LETTERS[v - 1] ?? String(v)) : String(v));
    this.ctx.discrepancy(
      line,
      'numbering',
      `Heading "${text}" is numbered out of sequence among its ${kind === 'chapter' ? 'chapters' : `${kind}s`}`,
      show(value),
      show(expected),
    );
  }

  private anchorFor(kind: OpenHeading['kind'], value: number | null, parent: OpenHeading | undefined): string {
    let anchor: string;
    if (kind === 'chapter') anchor = `chapter-${value}`;
    else if (kind === 'section')
      anchor = `${parent ? `${parent.anchor}-` : 'section-'}${(LETTERS[(value ?? 1) - 1] ?? String(value)).toLowerCase()}`;
    else if (kind === 'subsection') anchor = `${parent ? `${parent.anchor}-` : 'subsection-'}${value}`;
    else {
      const key = parent?.anchor ?? 'heading';
      const k = (this.unnumberedCount.get(key) ?? 0) + 1;
      this.unnumberedCount.set(key, k);
      anchor = `${key}-h${k}`;
    }
    let unique = anchor;
    for (let k = 2; this.anchors.has(unique); k++) unique = `${anchor}-${k}`;
    this.anchors.add(unique);
    return unique;
  }

  finish(): void {
    const p = this.paragraph;
    if (p && !endsClosed(p.text)) {
      this.ctx.log.error(
        p.last,
        'truncated',
        `the file ends inside paragraph ${p.number} ("…${p.text.slice(-20)}"); expected the paragraph to end with 。 or another closing mark`,
      );
    }
    this.closeParagraph();
  }
}

function excerpt(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
