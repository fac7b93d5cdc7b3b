/**
 * The rows of a mandate list: number and title cells, two entries per row, groups continued after a
 * trailing `;`, `<p>` cells paired by position and tab-less sequences. State per list: the open group of
 * each column and the entries in reading order.
 */
import type { Body } from '../../../core/schemas/common.ts';
import type { Mandate } from '../../../core/schemas/mandate.ts';
import type { ProblemLog } from '../../lib/problems.ts';
import { joinBroken, paragraphCellItems, takeFootnoteMarks } from '../../../core/text.ts';
import { readNumberCell, readSequence, splitTitles, type Item, type ParsedNumbers } from './mandate-numbers.ts';

export interface Section {
  heading: string;
  body: Body | null;
  /** Kind of a plain number under this heading; `instrument` for convention lists. */
  kind: Mandate['kind'];
}

/** Numbers sharing one title (`62/272; 64/297`), possibly continued on the next row after a trailing `;`. */
export interface Group {
  section: Section;
  items: Item[];
  title: string | null;
  marks: string[];
}

export interface Instrument {
  section: Section;
  title: string;
  marks: string[];
  line: number;
}

/** An entry in reading order: a group of numbers with its title, or an instrument. */
export type Entry = { type: 'group'; group: Group } | { type: 'instrument'; instrument: Instrument };

/** Conversion traces inside a cell: bold stars and backslash escapes. */
const cleanCell = (cell: string) =>
  cell
    .replace(/\*\*/g, '')
    .replace(/\\([*_#\\[\]()<>-])/g, '$1')
    .trim();

export class MandateRows {
  readonly entries: Entry[] = [];
  readonly fragments: { line: number; text: string }[] = [];
  /** The heading the rows stand under (null before any, or under an unknown body). */
  section: Section | null = null;
  /** Open group per column: the previous row's number cell ended with `;`. */
  open = new Map<number, Group>();

  constructor(private readonly log: ProblemLog) {}

  /** Reads one row of numbers and titles; false when the line is not a mandate row. */
  readRow(raw: string, line: number): boolean {
    if (raw.includes('\t')) return this.readCells(raw.split('\t').map(cleanCell), line);
    const sequence = readSequence(cleanCell(raw), line);
    if (!sequence) return false;
    this.open = new Map();
    for (const { numbers, title } of sequence) this.placeColumn(0, numbers, title, line);
    this.open = new Map();
    return true;
  }

  private readCells(cells: string[], line: number): boolean {
    if (cells.some((c) => /<p>/i.test(c))) return this.readParagraphCells(cells, line);
    // Rows of numbers only (`1267(1999)<TAB>2322(2016);`): a number where a title would stand means
    // every cell is a column without titles.
    const asNumbers = cells.map((c, i) => (c === '' ? null : readNumberCell(c, line, this.open.has(i))));
    const numbersOnly = cells.every((c, i) => c === '' || asNumbers[i] !== null) && asNumbers.some((n, i) => n !== null && i % 2 === 1);
    if (numbersOnly) {
      asNumbers.forEach((n, i) => n && this.placeColumn(i, n, '', line));
      return true;
    }
    for (let c = 0; c < cells.length; c += 2) {
      const numberCell = cells[c]!;
      const titleCell = cells[c + 1] ?? '';
      const column = c / 2;
      if (numberCell === '') {
        this.placeColumn(column, null, titleCell, line);
        continue;
      }
      const numbers = readNumberCell(numberCell, line, this.open.has(column));
      if (!numbers) {
        this.log.error(
          line,
          'mandate-bad-number',
          `"${numberCell}" is not a resolution number; expected a number (74/247, 2331(2016), S-30/1), a list (62/272; 64/297) or 第 N 号决定 before the title`,
        );
        continue;
      }
      this.placeColumn(column, numbers, titleCell, line);
    }
    return true;
  }

  /** `<p>415 (V)</p> <p>46/185</p>` beside `<p>title</p> <p>title</p>`: items pair up by position. */
  private readParagraphCells(cells: string[], line: number): boolean {
    const items = (cell: string) => (/<p>/i.test(cell) ? paragraphCellItems(cell) : []);
    for (let c = 0; c < cells.length; c += 2) {
      const numbers = items(cells[c]!);
      const titles = items(cells[c + 1] ?? '');
      if (numbers.length === 0 && titles.length === 0) continue;
      if (numbers.length !== titles.length) {
        this.log.error(
          line,
          'mandate-cell-count',
          `${numbers.length} numbers but ${titles.length} titles in one cell pair; expected one <p> title per <p> number`,
        );
        continue;
      }
      numbers.forEach((n, i) => {
        const parsed = readNumberCell(n, line, false);
        if (!parsed) this.log.error(line, 'mandate-bad-number', `"${n}" is not a resolution number; expected a number or 第 N 号决定`);
        else this.placeColumn(-1, parsed, titles[i]!, line);
      });
    }
    return true;
  }

  /** One column of a row: its numbers (possibly continuing the open group) and its title text. */
  private placeColumn(column: number, numbers: ParsedNumbers | null, title: string, line: number): void {
    const pending = this.open.get(column) ?? null;
    if (!numbers) {
      if (title === '') return;
      if (pending) return this.addTitle(pending, title);
      this.fragments.push({ line, text: title });
      this.log.warning(
        line,
        'mandate-title-fragment',
        `title text "${title}" has no resolution number in its row and does not continue an open entry; kept as text, not attached to any mandate (a title wrapped or moved by the conversion?)`,
      );
      return;
    }
    const targets: Group[] = numbers.groups.map((items, i) => {
      if (i === 0 && numbers.continued && pending) {
        pending.items.push(...items);
        return pending;
      }
      return this.newGroup(items);
    });
    if (numbers.open) this.open.set(column, targets[targets.length - 1]!);
    else this.open.delete(column);
    if (title !== '') this.placeTitles(targets, title, line);
  }

  private placeTitles(targets: Group[], title: string, line: number): void {
    const pieces = splitTitles(title);
    if (targets.length === 1) {
      // Chinese titles have no space between two Chinese characters: such a space separates cells, so
      // a second piece beside one number is text the conversion moved here from another row.
      for (const extra of pieces.slice(1)) {
        this.fragments.push({ line, text: extra });
        this.log.warning(
          line,
          'mandate-title-fragment',
          `"${extra}" follows the title of ${targets[0]!.items.map((i) => i.number).join('; ')} after a space but one number has one title; kept as text, not attached to any mandate (a title piece moved by the conversion?)`,
        );
      }
      return this.addTitle(targets[0]!, pieces[0] ?? title);
    }
    if (pieces.length === targets.length) pieces.forEach((p, i) => this.addTitle(targets[i]!, p));
    else {
      this.log.error(
        line,
        'mandate-title-count',
        `${targets.length} entries (${targets.map((g) => g.items.map((i) => i.number).join('; ')).join(' | ')}) but ${pieces.length} titles in "${title}"; expected one title per entry, separated by a space`,
      );
    }
  }

  private newGroup(items: Item[]): Group {
    const g: Group = { section: this.section!, items, title: null, marks: [] };
    this.entries.push({ type: 'group', group: g });
    return g;
  }

  private addTitle(g: Group, title: string): void {
    const { text, marks } = takeFootnoteMarks(title.trim());
    g.marks.push(...marks);
    if (text !== '') g.title = g.title === null ? text : joinBroken(g.title, text);
  }

  /** A line of a convention list; two instruments may share it: split after a closing 》 or a convention's name. */
  readInstruments(plain: string, line: number): void {
    for (const piece of plain.replace(/^[-•]\s*/, '').split(/(?<=》|公约|议定书)\s+(?=\S)/u)) {
      const { text: title, marks } = takeFootnoteMarks(piece.trim());
      this.entries.push({ type: 'instrument', instrument: { section: this.section!, title, marks, line } });
    }
  }
}
