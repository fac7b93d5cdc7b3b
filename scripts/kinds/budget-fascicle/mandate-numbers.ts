/** Resolution numbers in the cells and lines of a mandate list: tokens, groups sharing a title, sequences. */
import { takeFootnoteMarks, toHalfWidth } from '../../../core/text.ts';
import { NUMBER_SOURCE, normalizeResolutionNumber } from '../../../core/references.ts';

/** One resolution number as found in a number cell. */
export interface Item {
  number: string;
  /** Kind written in the cell (`第 2009/250 号决定`), else null: the heading decides. */
  kind: 'resolution' | 'decision' | null;
  marks: string[];
  line: number;
}

export const SUPERSCRIPT = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>\s*[0-9a-z]+\s*<\/sup>)/i;
const NUMBER_AT = new RegExp(`^${NUMBER_SOURCE}`);
const WRAPPED_AT = new RegExp(String.raw`^第\s*(${NUMBER_SOURCE}(?:\s*[、,，和及]\s*${NUMBER_SOURCE})*)\s*号\s*(决定|决议)`);
const NUMBER_G = new RegExp(NUMBER_SOURCE, 'g');
/** A number token must end here: white space, `;`, `、`, a footnote mark or the end. */
const TOKEN_END = /^(?:$|[\s;；、]|[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup>)/i;

export interface ParsedNumbers {
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
export function readNumbers(s: string, line: number, linked: boolean): ParsedNumbers | null {
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
export function readNumberCell(cell: string, line: number, linked: boolean): ParsedNumbers | null {
  const s = toHalfWidth(cell).trim();
  const parsed = readNumbers(s, line, linked);
  return parsed && s.slice(parsed.length).trim() === '' ? parsed : null;
}

/** Titles of several groups printed in one cell, separated by a space between two Chinese characters. */
export function splitTitles(text: string): string[] {
  return text
    .split(/(?<=[\p{Script=Han}》”）)])\s+(?=[\p{Script=Han}《“（(])/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** A line without tabs read as a sequence: numbers, title, numbers, title (`2017/18 执行… 2019/23 打击…`). */
export function readSequence(text: string, line: number): { numbers: ParsedNumbers; title: string }[] | null {
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
