/** Figures (图 N.一): number, title, the sentences that cite them, and their numbering sequence. */
import type { SourceLine } from '../../lib/source.ts';
import { permalinks } from '../../../core/permalinks.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Figure } from '../../../core/schemas/figure.ts';
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import type { DocumentMeta } from '../types.ts';
import type { ProblemLog } from '../../lib/problems.ts';
import { cleanText, isBlank, isPageHeader, parseParagraphStart, type TitlePage } from './lines.ts';
import { classifyHeading, type Contents } from './headings.ts';
import { FIGURE_START, TABLE_START } from './tables.ts';
import { chineseNumeral, isChineseNumeral, numeralValue, toRoman } from '../../../core/numerals.ts';

export interface CutFigure {
  figure: Figure;
  /** Numeric value of the printed number (null if unreadable). */
  value: number | null;
  /** Number the sequence expects where the printed one is out of sequence: the text may cite it by that number. */
  expected?: number;
  end: number;
  placed: number[];
}

const isUnitLine = (t: string) => /^\(([^()]{1,30})\)$/.test(t);

/** Cuts the figure whose number stands at `lines[start]`: its title line and an optional unit line such as `(百分比)`. */
export function cutFigure(
  lines: SourceLine[],
  start: number,
  page: TitlePage,
  contents: Contents,
  meta: DocumentMeta,
  result: string | null,
): CutFigure {
  const m = FIGURE_START.exec(cleanText(lines[start]!.text))!;
  const numberPrinted = `${m[1]}.${m[2]}`;
  const value = numeralValue(m[2]!);
  const number = value === null ? numberPrinted : `${m[1]}.${toRoman(value)}`;
  const placed = [lines[start]!.no];
  const title: string[] = [];
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line.text)) continue;
    if (isPageHeader(line.text, page)) {
      placed.push(line.no);
      end = i;
      continue;
    }
    const t = cleanText(line.text);
    const stop =
      TABLE_START.test(t) ||
      FIGURE_START.test(t) ||
      parseParagraphStart(t) !== null ||
      classifyHeading(t, contents) !== null ||
      /^\^[a-z]\s/.test(t);
    if (stop) break;
    if (title.length === 0 || (title.length === 1 && isUnitLine(t))) {
      title.push(t);
      placed.push(line.no);
      end = i;
      if (title.length >= 2) break;
      continue;
    }
    break;
  }
  return {
    figure: {
      id: `${meta.documentId}/figure-${number}`,
      document: meta.symbol,
      documentId: meta.documentId,
      numberPrinted,
      number,
      printedNumber: null,
      title: title.join(' '),
      imageLost: true,
      statedInText: [],
      result,
      line: lines[start]!.no,
      url: permalinks.figure(meta.documentId, number),
    },
    value,
    end,
    placed,
  };
}

/**
 * Figures numbered in another style than the document's (digits among Chinese numerals) or out of sequence.
 * By the genre's rule figures are numbered 1, 2, 3… without gaps. A number that breaks the sequence is the
 * source's misprint when the next figure resumes the sequence (or, for the last figure, when the text cites the
 * number the sequence gives and none the seed would lack): `expected` is set, a discrepancy recorded. Otherwise figures are
 * missing from the seed or doubled: an error (the parse fails), never published as the source's.
 */
export function checkFigureNumbering(
  cuts: CutFigure[],
  meta: DocumentMeta,
  log: ProblemLog,
  citedValues: ReadonlySet<number>,
  excerpt = false,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const chinese = cuts.filter((c) => isChineseNumeral(c.figure.numberPrinted.split('.')[1]!)).length;
  const style = chinese * 2 >= cuts.length ? 'chinese' : 'digits';
  const inStyle = (major: string, n: number) => `图 ${major}.${style === 'chinese' ? chineseNumeral(n) : n}`;
  // An excerpt (no title page) may start at any figure: its first one sets the sequence.
  let expected = excerpt ? (cuts[0]?.value ?? 1) : 1;
  cuts.forEach((c, i) => {
    const [major, minor] = c.figure.numberPrinted.split('.') as [string, string];
    const printedStyle = isChineseNumeral(minor) ? 'chinese' : 'digits';
    const base = { document: meta.symbol, documentId: meta.documentId, kind: 'numbering' as const, table: null, line: c.figure.line };
    if (c.value !== null && c.value !== expected) {
      const next = cuts[i + 1];
      // The last figure has no successor to confirm the sequence: the text must cite it by the expected number
      // and cite no number between that and the printed one (a figure the seed would then lack).
      const between = Array.from({ length: Math.max(c.value - expected, 0) }, (_, k) => expected + 1 + k);
      const resumes = next ? next.value === expected + 1 : citedValues.has(expected) && !between.some((v) => citedValues.has(v));
      if (!resumes) {
        const back = c.value < expected;
        log.error(
          c.figure.line,
          back ? 'figure-sequence' : 'figure-number-gap',
          `figure ${c.figure.numberPrinted} ${back ? 'repeats or goes back' : `follows ${inStyle(major, expected - 1).slice(2)}`}; expected ${inStyle(major, expected)}, and ${next ? 'the next figure does not resume the sequence' : 'the text does not confirm the number'}: figures ${back ? 'doubled or out of order in' : 'missing from'} the seed?`,
        );
        expected = c.value + 1;
        return;
      }
      c.expected = expected;
      out.push({
        ...base,
        id: `${meta.documentId}/numbering/${c.figure.line}`,
        description: `Figure ${c.figure.numberPrinted} is out of sequence: the previous figure is number ${expected - 1} and ${next ? 'the next one' : 'the text cites this one as'} number ${next ? expected + 1 : expected}`,
        printed: `图 ${c.figure.numberPrinted}`,
        computed: inStyle(major, expected),
      });
      expected += 1;
      return;
    }
    if (printedStyle !== style) {
      out.push({
        ...base,
        id: `${meta.documentId}/numbering/${c.figure.line}`,
        description: `Figure ${c.figure.numberPrinted} is numbered in ${printedStyle === 'digits' ? 'Arabic digits' : 'Chinese numerals'} among figures numbered in ${style === 'chinese' ? 'Chinese numerals' : 'Arabic digits'}`,
        printed: `图 ${c.figure.numberPrinted}`,
        computed: inStyle(major, c.value ?? 0),
      });
    }
    expected = (c.value ?? expected) + 1;
  });
  return out;
}

/** Gives a misprinted figure the number the sequence gives; its printed number stays as `printedNumber`. */
export function renumberFigure(cut: CutFigure, meta: DocumentMeta): void {
  if (cut.expected === undefined) return;
  const f = cut.figure;
  const number = `${f.numberPrinted.split('.')[0]}.${toRoman(cut.expected)}`;
  f.printedNumber = f.number;
  f.number = number;
  f.id = `${meta.documentId}/figure-${number}`;
  f.url = permalinks.figure(meta.documentId, number);
}

/** Values of the figure numbers `图 <major>.x` the paragraphs cite (in any numeral style). */
export function citedFigureValues(major: string, paragraphs: Paragraph[]): Set<number> {
  const cite = new RegExp(`图\\s*${major}\\.([一二三四五六七八九十]+|\\d+)(?![一二三四五六七八九十\\d])`, 'g');
  const out = new Set<number>();
  for (const p of paragraphs)
    for (const h of p.text.matchAll(cite)) {
      const v = numeralValue(h[1]!);
      if (v !== null) out.add(v);
    }
  return out;
}

/** Sentences of paragraphs that cite `图 N.x` (in any numeral style), verbatim. */
export function citingSentences(figure: Figure, values: (number | null)[], paragraphs: Paragraph[]): Figure['statedInText'] {
  const major = figure.numberPrinted.split('.')[0]!;
  const out: Figure['statedInText'] = [];
  const cite = new RegExp(`图\\s*${major}\\.([一二三四五六七八九十]+|\\d+)(?![一二三四五六七八九十\\d])`, 'g');
  for (const p of paragraphs) {
    // Most paragraphs name no figure: only those that do are cut into sentences (a tenth of the fascicle's parse).
    if (!p.text.includes('图')) continue;
    for (const sentence of p.text.split(/(?<=。)/)) {
      const hits = [...sentence.matchAll(cite)].map((h) => numeralValue(h[1]!));
      if (values.some((v) => v !== null && hits.includes(v))) out.push({ paragraph: p.number, text: sentence.trim() });
    }
  }
  return out;
}
