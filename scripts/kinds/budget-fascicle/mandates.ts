/**
 * The legislative mandate lists (立法授权) of a budget fascicle: body subheadings, then rows of
 * resolution numbers and titles, often two entries per line (`46/152<TAB>title<TAB>72/1<TAB>title`),
 * or instruments (conventions, declarations) one per line.
 */
import type { Body } from '../../../core/schemas/common.ts';
import type { Mandate } from '../../../core/schemas/mandate.ts';
import type { Problem } from '../../../core/schemas/problem.ts';
import type { SourceLine } from '../../lib/source.ts';
import type { DocumentMeta } from '../types.ts';
import { ProblemLog } from '../../lib/problems.ts';
import { joinBroken, paragraphCellItems, parseFootnoteLine, stripMarkup, takeFootnoteMarks, toHalfWidth } from '../../../core/text.ts';
import { NUMBER_SOURCE, bodyFromName, normalizeResolutionNumber, resolutionId } from '../../../core/references.ts';

export interface MandateListContext {
  meta: DocumentMeta;
  /** `programme` or a unit key (`1`, `9.1`). */
  list: string;
  /** First line of the section, for problems about the section as a whole. */
  startLine: number;
}

/** A footnote line met inside the list, with the entries whose number or title carries its mark. */
export interface MandateFootnote {
  mark: string;
  text: string;
  line: number;
  /** Ids of the mandates that carry the mark. */
  mandates: string[];
}

export interface MandateListOutput {
  mandates: Mandate[];
  problems: Problem[];
  /** Footnote lines standing between the rows: the caller places them with the document's footnotes. */
  footnotes: MandateFootnote[];
  /** Title text with no number to attach to (reported as warnings): the caller shows it as text. */
  fragments: { line: number; text: string }[];
}

type EntryKind = Mandate['kind'];

interface Section {
  heading: string;
  body: Body | null;
  /** Kind of a plain number under this heading; `instrument` for convention lists. */
  kind: EntryKind;
}

/** One resolution number as found in a number cell. */
interface Item {
  number: string;
  /** Kind written in the cell (`第 2009/250 号决定`), else null: the heading decides. */
  kind: 'resolution' | 'decision' | null;
  marks: string[];
  line: number;
}

/** Numbers sharing one title (`62/272; 64/297`), possibly continued on the next row after a trailing `;`. */
interface Group {
  section: Section;
  items: Item[];
  title: string | null;
  marks: string[];
}

/** Headings: `<body>[的](决议|决定|决议和决定)`, a conference's name alone, `公约`, `<body>的声明和宣言`. */
function classifyHeading(text: string): Section | null {
  const t = stripMarkup(text).replace(/\s+/g, '');
  if (t === '' || /\d/.test(t) || t.length > 40) return null;
  if (/^(?:国际)?(?:公约|条约)(?:和议定书)?$|^(?:其他)?(?:国际)?(?:法律)?文书$/.test(t)) {
    return { heading: stripMarkup(text), body: null, kind: 'instrument' };
  }
  const suffix = /的?(决议和决定|决议及决定|决议与决定|决议|决定|声明和宣言|宣言和声明|声明|宣言)$/.exec(t);
  const name = suffix ? t.slice(0, suffix.index) : t;
  const body = bodyFromName(name);
  if (!body) return null;
  const word = suffix?.[1] ?? '决议';
  const kind: EntryKind = /声明|宣言/.test(word) ? 'instrument' : word === '决定' ? 'decision' : 'resolution';
  return { heading: stripMarkup(text), body, kind };
}

/** Running page headers of a fascicle (`第 16 款 …`, `第四编 …`): conversion artefacts, skipped. */
const isPageHeader = (t: string) => /^第\s*\d+\s*款\s+\S/.test(t) || /^第[一二三四五六七八九十]+编\s+\S/.test(t);
/** Markdown table borders left by the conversion (`------\t----`). */
const isBorder = (t: string) => /^[\s|:-]*-{2,}[\s|:-]*$/.test(t);

const SUPERSCRIPT = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>\s*[0-9a-z]+\s*<\/sup>)/i;
const NUMBER_AT = new RegExp(`^${NUMBER_SOURCE}`);
const WRAPPED_AT = new RegExp(String.raw`^第\s*(${NUMBER_SOURCE}(?:\s*[、,，和及]\s*${NUMBER_SOURCE})*)\s*号\s*(决定|决议)`);
const NUMBER_G = new RegExp(NUMBER_SOURCE, 'g');
/** A number token must end here: white space, `;`, `、`, a footnote mark or the end. */
const TOKEN_END = /^(?:$|[\s;；、]|[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup>)/i;

interface ParsedNumbers {
  /** New groups in order; the first continues the column's open group when `continued`. */
  groups: Item[][];
  /** The first group joins the open group of the column (the previous row ended with `;`). */
  continued: boolean;
  /** The cell ends with `;`: its last group goes on in the next row. */
  open: boolean;
  /** Characters consumed. */
  length: number;
}

/**
 * Reads resolution numbers from the start of `s` (half-width): `62/272; 64/297`, `第 2009/250 号决定`,
 * `1997/29 1997/30 ¹⁹`, `2002/13; ²³ 2005/22`. `;` keeps numbers in one group; a space starts another.
 * Stops at the first thing that is not a number token; null when there is none.
 */
function readNumbers(s: string, line: number, linked: boolean): ParsedNumbers | null {
  const groups: Item[][] = [];
  let pos = 0;
  let link = linked;
  let continued = false;
  let consumed = 0;
  const add = (item: Item) => {
    if (link && groups.length > 0) groups[groups.length - 1]!.push(item);
    else {
      if (link && groups.length === 0) continued = true;
      groups.push([item]);
    }
    link = false;
  };
  for (;;) {
    const ws = /^\s*/.exec(s.slice(pos))![0].length;
    const rest = s.slice(pos + ws);
    if (rest === '') break;
    const wrapped = WRAPPED_AT.exec(rest);
    const plain = wrapped ? null : NUMBER_AT.exec(rest);
    const token = wrapped ?? plain;
    if (token && TOKEN_END.test(rest.slice(token[0].length))) {
      if (wrapped) {
        const kind = wrapped[2] === '决定' ? 'decision' : 'resolution';
        [...wrapped[1]!.matchAll(NUMBER_G)].forEach((n, i) => {
          if (i > 0) link = true;
          add({ number: normalizeResolutionNumber(n[0]), kind, marks: [], line });
        });
      } else add({ number: normalizeResolutionNumber(plain![0]), kind: null, marks: [], line });
      pos += ws + token[0].length;
      consumed = pos;
      continue;
    }
    const sep = /^[;；]/.exec(rest);
    if (sep && groups.length + (linked ? 1 : 0) > 0) {
      link = true;
      pos += ws + 1;
      consumed = pos;
      continue;
    }
    const mark = SUPERSCRIPT.exec(rest);
    if (mark && groups.length > 0) {
      const last = groups[groups.length - 1]!;
      last[last.length - 1]!.marks.push(...takeFootnoteMarks(mark[0]).marks);
      pos += ws + mark[0].length;
      consumed = pos;
      continue;
    }
    break;
  }
  if (groups.length === 0) return null;
  return { groups, continued, open: link, length: consumed };
}

/** A whole cell of numbers, or null if anything else is in it. */
function readNumberCell(cell: string, line: number, linked: boolean): ParsedNumbers | null {
  const s = toHalfWidth(cell).trim();
  const parsed = readNumbers(s, line, linked);
  return parsed && s.slice(parsed.length).trim() === '' ? parsed : null;
}

/** Titles of several groups printed in one cell, separated by a space between two Chinese characters. */
function splitTitles(text: string): string[] {
  return text.split(/(?<=[\p{Script=Han}》”）)])\s+(?=[\p{Script=Han}《“（(])/u).map((t) => t.trim()).filter((t) => t !== '');
}

/** A line without tabs read as a sequence: numbers, title, numbers, title (`2017/18 执行… 2019/23 打击…`). */
function readSequence(text: string, line: number): { numbers: ParsedNumbers; title: string }[] | null {
  const original = text.trim();
  const s = toHalfWidth(original); // same length: offsets carry over to `original`
  const out: { numbers: ParsedNumbers; title: string }[] = [];
  const numbersAt = (i: number) => {
    const probe = readNumbers(s.slice(i), line, false);
    return probe && probe.groups.length > 0 ? probe : null;
  };
  let pos = 0;
  while (pos < s.length) {
    const numbers = numbersAt(pos);
    if (!numbers) return null;
    pos += numbers.length;
    // The title runs up to the next number token that stands after a space.
    let end = s.length;
    for (let i = pos + 1; i < s.length; i++) {
      if (/\s/.test(s[i - 1]!) && !/\s/.test(s[i]!) && numbersAt(i)) {
        end = i;
        break;
      }
    }
    out.push({ numbers, title: original.slice(pos, end).trim() });
    pos = end;
  }
  return out;
}

/** Conversion traces inside a cell: bold stars and backslash escapes. */
const cleanCell = (cell: string) => cell.replace(/\*\*/g, '').replace(/\\([*_#\\\[\]()<>-])/g, '$1').trim();

/** Parses one 立法授权 list: every line becomes mandates, a heading, a footnote, or a problem. */
export function parseMandateList(lines: SourceLine[], ctx: MandateListContext): MandateListOutput {
  const log = new ProblemLog(ctx.meta.file);
  const instruments: { section: Section; title: string; marks: string[]; line: number }[] = [];
  const order: ({ type: 'group'; group: Group } | { type: 'instrument'; index: number })[] = [];
  const footnotes: Omit<MandateFootnote, 'mandates'>[] = [];
  const fragments: { line: number; text: string }[] = [];
  let section: Section | null = null;
  /** Open group per column: the previous row's number cell ended with `;`. */
  let open = new Map<number, Group>();

  const newGroup = (items: Item[]): Group => {
    const g: Group = { section: section!, items, title: null, marks: [] };
    order.push({ type: 'group', group: g });
    return g;
  };
  const addTitle = (g: Group, title: string) => {
    const { text, marks } = takeFootnoteMarks(title.trim());
    g.marks.push(...marks);
    if (text !== '') g.title = g.title === null ? text : joinBroken(g.title, text);
  };

  /** One column of a row: its numbers (possibly continuing the open group) and its title text. */
  const placeColumn = (column: number, numbers: ParsedNumbers | null, title: string, line: number) => {
    const pending = open.get(column) ?? null;
    if (!numbers) {
      if (title === '') return;
      if (pending) return addTitle(pending, title);
      fragments.push({ line, text: title });
      log.warning(line, 'mandate-title-fragment', `title text "${title}" has no resolution number in its row and does not continue an open entry; kept as text, not attached to any mandate (a title wrapped or moved by the conversion?)`);
      return;
    }
    const targets: Group[] = numbers.groups.map((items, i) => {
      if (i === 0 && numbers.continued && pending) {
        pending.items.push(...items);
        return pending;
      }
      return newGroup(items);
    });
    if (numbers.open) open.set(column, targets[targets.length - 1]!);
    else open.delete(column);
    if (title === '') return;
    if (targets.length === 1) {
      // Chinese titles have no space between two Chinese characters: such a space separates cells, so
      // a second piece beside one number is text the conversion moved here from another row.
      const pieces = splitTitles(title);
      for (const extra of pieces.slice(1)) {
        fragments.push({ line, text: extra });
        log.warning(line, 'mandate-title-fragment', `"${extra}" follows the title of ${targets[0]!.items.map((i) => i.number).join('; ')} after a space but one number has one title; kept as text, not attached to any mandate (a title piece moved by the conversion?)`);
      }
      return addTitle(targets[0]!, pieces[0] ?? title);
    }
    const pieces = splitTitles(title);
    if (pieces.length === targets.length) pieces.forEach((p, i) => addTitle(targets[i]!, p));
    else {
      log.error(line, 'mandate-title-count', `${targets.length} entries (${targets.map((g) => g.items.map((i) => i.number).join('; ')).join(' | ')}) but ${pieces.length} titles in "${title}"; expected one title per entry, separated by a space`);
    }
  };

  const readRow = (raw: string, line: number): boolean => {
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map(cleanCell);
      if (cells.some((c) => /<p>/i.test(c))) return readParagraphCells(cells, line);
      // Rows of numbers only (`1267(1999)<TAB>2322(2016);`): a number where a title would stand means
      // every cell is a column without titles.
      const asNumbers = cells.map((c, i) => (c === '' ? null : readNumberCell(c, line, open.has(i))));
      const numbersOnly = cells.every((c, i) => c === '' || asNumbers[i] !== null) && asNumbers.some((n, i) => n !== null && i % 2 === 1);
      if (numbersOnly) {
        asNumbers.forEach((n, i) => n && placeColumn(i, n, '', line));
        return true;
      }
      for (let c = 0; c < cells.length; c += 2) {
        const numberCell = cells[c]!;
        const titleCell = cells[c + 1] ?? '';
        const column = c / 2;
        if (numberCell === '') {
          placeColumn(column, null, titleCell, line);
          continue;
        }
        const numbers = readNumberCell(numberCell, line, open.has(column));
        if (!numbers) {
          log.error(line, 'mandate-bad-number', `"${numberCell}" is not a resolution number; expected a number (74/247, 2331(2016), S-30/1), a list (62/272; 64/297) or 第 N 号决定 before the title`);
          continue;
        }
        placeColumn(column, numbers, titleCell, line);
      }
      return true;
    }
    const sequence = readSequence(cleanCell(raw), line);
    if (!sequence) return false;
    open = new Map();
    for (const { numbers, title } of sequence) placeColumn(0, numbers, title, line);
    open = new Map();
    return true;
  };

  /** `<p>415 (V)</p> <p>46/185</p>` beside `<p>title</p> <p>title</p>`: items pair up by position. */
  const readParagraphCells = (cells: string[], line: number): boolean => {
    const items = (cell: string) => (/<p>/i.test(cell) ? paragraphCellItems(cell) : []);
    for (let c = 0; c < cells.length; c += 2) {
      const numbers = items(cells[c]!);
      const titles = items(cells[c + 1] ?? '');
      if (numbers.length === 0 && titles.length === 0) continue;
      if (numbers.length !== titles.length) {
        log.error(line, 'mandate-cell-count', `${numbers.length} numbers but ${titles.length} titles in one cell pair; expected one <p> title per <p> number`);
        continue;
      }
      numbers.forEach((n, i) => {
        const parsed = readNumberCell(n, line, false);
        if (!parsed) log.error(line, 'mandate-bad-number', `"${n}" is not a resolution number; expected a number or 第 N 号决定`);
        else placeColumn(-1, parsed, titles[i]!, line);
      });
    }
    return true;
  };

  for (const { no, text } of lines) {
    const t = text.replace(/\s+$/, '');
    const plain = stripMarkup(t.replace(/\t/g, ' '));
    if (plain === '' || isBorder(plain) || isPageHeader(plain)) continue;
    if (!t.includes('\t') && SUPERSCRIPT.test(plain)) {
      const note = parseFootnoteLine(plain);
      if (note) {
        footnotes.push({ ...note, line: no });
        continue;
      }
    }
    const heading = t.includes('\t') ? null : classifyHeading(plain);
    if (heading) {
      section = heading;
      open = new Map();
      continue;
    }
    if (!section) {
      log.error(no, 'mandate-before-heading', `"${plain}" stands before any known heading; expected a body heading (大会决议, 公约, …) first`);
      continue;
    }
    const headingLike = !t.includes('\t') && !/\d/.test(plain) && !/[《》]/.test(plain) && /(?:决议|决定|会议)$/.test(plain);
    if (section.kind === 'instrument') {
      if (headingLike) {
        log.error(no, 'mandate-unknown-heading', `"${plain}" looks like a heading of resolutions but names no known body; expected a body of the glossary (大会, 安全理事会, 经济及社会理事会, …)`);
        continue;
      }
      // Two instruments may share a line: split after a closing 》 or a convention's name.
      for (const piece of plain.replace(/^[-•]\s*/, '').split(/(?<=》|公约|议定书)\s+(?=\S)/u)) {
        const { text: title, marks } = takeFootnoteMarks(piece.trim());
        instruments.push({ section, title, marks, line: no });
        order.push({ type: 'instrument', index: instruments.length - 1 });
      }
      continue;
    }
    if (headingLike) {
      section = null; // the rows below belong to a body we do not know: each is reported, none is guessed
      log.error(no, 'mandate-unknown-heading', `"${plain}" looks like a heading of resolutions but names no known body; expected a body of the glossary (大会, 安全理事会, 经济及社会理事会, …)`);
      continue;
    }
    if (!readRow(t, no)) {
      log.error(no, 'mandate-unplaced-line', `"${plain}" under "${section.heading}" is not a mandate row; expected a resolution number and its title, a body heading, a footnote or a table border`);
    }
  }

  const mandates: Mandate[] = [];
  const marksOf = new Map<string, string[]>();
  const base = `${ctx.meta.documentId}/mandates/${ctx.list}`;
  const push = (m: Omit<Mandate, 'id' | 'document' | 'documentId' | 'list'>, marks: string[]) => {
    const id = `${base}/${mandates.length + 1}`;
    mandates.push({ id, document: ctx.meta.symbol, documentId: ctx.meta.documentId, list: ctx.list, ...m });
    marksOf.set(id, marks);
  };
  for (const o of order) {
    if (o.type === 'instrument') {
      const ins = instruments[o.index]!;
      push({ heading: ins.section.heading, body: null, kind: 'instrument', number: null, title: ins.title, resolution: null, line: ins.line }, ins.marks);
      continue;
    }
    const g = o.group;
    for (const item of g.items) {
      const kind = item.kind ?? (g.section.kind === 'decision' ? 'decision' : 'resolution');
      const body = g.section.body!;
      push({ heading: g.section.heading, body, kind, number: item.number, title: g.title, resolution: resolutionId(body, kind, item.number), line: item.line }, [...item.marks, ...g.marks]);
    }
  }
  if (mandates.length === 0) log.warning(ctx.startLine, 'mandate-empty-list', `mandate list ${ctx.list} has no entries`);

  return {
    mandates,
    problems: log.problems,
    footnotes: footnotes.map((f) => ({ ...f, mandates: mandates.filter((m) => marksOf.get(m.id)!.includes(f.mark)).map((m) => m.id) })),
    fragments,
  };
}
